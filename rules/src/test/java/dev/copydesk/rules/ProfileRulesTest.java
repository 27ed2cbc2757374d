package dev.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.Profile;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.rule.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule a profile sets is a built-in rule: a renamed rule cannot leave a profile setting nothing. */
class ProfileRulesTest {

  @Test
  void everyProfileDefaultNamesABuiltInRule() {
    List<String> ids = Copydesk.discoverRules(getClass().getClassLoader()).stream().map(Rule::info).map(r -> r.id()).toList();
    for (Profile profile : Profile.values()) {
      for (Profile.ProfileDefault d : profile.defaults()) {
        assertTrue(ids.contains(d.rule()), profile.id() + " sets " + d.rule() + ", which no rule has; rules: " + ids);
      }
    }
  }
}
