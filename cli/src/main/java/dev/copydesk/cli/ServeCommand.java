package dev.copydesk.cli;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.server.CopydeskServer;
import dev.copydesk.server.ServerOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk serve}: loads the configuration and runs {@link CopydeskServer} until the process
 * is told to stop (SIGTERM, Ctrl-C), which finishes the requests in flight first.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve Copydesk over HTTP: LanguageTool's API (POST /v2/check, GET /v2/languages) for editors' tools,",
        "POST /api/v1/check for a CMS's pre-publish hook, GET /health and GET /metrics."})
final class ServeCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerOptions.LOOPBACK,
      description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only); any other needs --api-key.")
  private String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8081", description = "Port. Default: ${DEFAULT-VALUE}.")
  private int port;

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Configuration file. Default: copydesk.yml in the working directory, if there is one.")
  private Path config;

  @Option(names = "--workers", paramLabel = "N",
      description = "Articles checked at once (one LanguageTool each). Default: one per core.")
  private Integer workers;

  @Option(names = "--queue", paramLabel = "N",
      description = "Requests that may wait for a worker; more get 503 with Retry-After. Default: 4 per worker.")
  private Integer queue;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
      description = "Time limit for one request, waiting included; past it the answer is 503. Default: ${DEFAULT-VALUE}.")
  private int timeoutSeconds;

  @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "2097152",
      description = "Largest request body; larger ones get 413. Default: ${DEFAULT-VALUE} (2 MB).")
  private long maxBody;

  @Option(names = "--api-key", paramLabel = "KEY",
      description = "Require 'Authorization: Bearer KEY' on every request but /health. Default: $COPYDESK_API_KEY, if set.")
  private String apiKey;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN", arity = "1..*",
      description = "Origins allowed to call from a web page or browser add-on (https://cms.example.org). Default: none.")
  private List<String> corsOrigins = List.of();

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    ServerOptions options = options();
    CopydeskServer server;
    try {
      Configuration configuration = config != null ? ConfigLoader.load(config) : ConfigLoader.discover(Path.of(""));
      server = CopydeskServer.start(configuration, options);
    } catch (ConfigException e) {
      err.println("copydesk: " + e.getMessage());
      return CopydeskCommand.INPUT_ERROR;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      err.println("copydesk: stopping; finishing the requests in flight");
      server.close();
    }, "copydesk-serve-shutdown"));
    err.println("copydesk: serving on http://" + host + ":" + server.port() + " (warming up the workers)");
    server.awaitWarm();
    err.println("copydesk: ready (" + server.options().workers() + " workers)");
    server.awaitStop();
    return 0;
  }

  private ServerOptions options() {
    ServerOptions defaults = ServerOptions.defaults();
    int workerCount = workers != null ? workers : defaults.workers();
    String key = apiKey != null ? apiKey : System.getenv("COPYDESK_API_KEY");
    try {
      return new ServerOptions(host, port, workerCount, queue != null ? queue : 4 * workerCount, maxBody,
          Duration.ofSeconds(timeoutSeconds), key, corsOrigins);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
