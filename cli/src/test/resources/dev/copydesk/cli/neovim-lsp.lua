-- Drives Neovim's built-in LSP client (0.7+) against `copydesk lsp` on the file given to nvim:
-- waits for diagnostics, records the protocol's own notification (UTF-16 ranges) to
-- $COPYDESK_NVIM_OUT, applies the preferred quick fix on "toto", writes the buffer and quits.
local out = os.getenv("COPYDESK_NVIM_OUT")
local function record(line)
  local f = assert(io.open(out, "a"))
  f:write(line .. "\n")
  f:close()
end
local ok, err = pcall(function()
  local published = nil
  local client_id = vim.lsp.start_client({
    name = "copydesk",
    cmd = vim.fn.json_decode(os.getenv("COPYDESK_LSP_CMD")),
    root_dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(0), ":p:h"),
    handlers = {
      ["textDocument/publishDiagnostics"] = function(e, result, ctx, config)
        published = result
        vim.lsp.diagnostic.on_publish_diagnostics(e, result, ctx, config)
      end,
    },
  })
  vim.lsp.buf_attach_client(0, client_id)
  assert(vim.wait(180000, function() return published ~= nil and #published.diagnostics > 0 end, 100),
    "no diagnostics within three minutes")
  record("DIAGNOSTICS " .. vim.fn.json_encode(published))
  record("SHOWN " .. #vim.diagnostic.get(0))
  local toto = nil
  for _, d in ipairs(published.diagnostics) do
    if d.code == "merged-word" then toto = d end
  end
  assert(toto, "no merged-word diagnostic")
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(0) },
    range = toto.range,
    context = { diagnostics = { toto } },
  }
  local responses = vim.lsp.buf_request_sync(0, "textDocument/codeAction", params, 30000)
  local chosen = nil
  for _, response in pairs(responses or {}) do
    for _, action in ipairs(response.result or {}) do
      if action.isPreferred and action.edit then chosen = action end
    end
  end
  assert(chosen, "no preferred quick fix")
  record("ACTION " .. chosen.title)
  vim.lsp.util.apply_workspace_edit(chosen.edit, "utf-16")
  vim.bo.fixendofline = false
  vim.cmd("write")
  record("WRITTEN")
  vim.lsp.stop_client(client_id)
end)
if not ok then record("FAILED " .. tostring(err)) end
vim.cmd("qa!")
