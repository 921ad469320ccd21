-- Neovim (0.7+) as a second, real LSP client of the Clinical Scope server.
-- Used by test/neovim/neovim.test.ts: it opens a Markdown file, waits for the
-- server's pushed diagnostics, writes them to CLINICAL_SCOPE_OUT as JSON, and quits.
local server = os.getenv('CLINICAL_SCOPE_SERVER')
local out = os.getenv('CLINICAL_SCOPE_OUT')

local function write_and_quit(result)
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qall!')
end

local client_id = vim.lsp.start_client({
  name = 'clinical-scope',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.getcwd(),
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      if #result.diagnostics > 0 then
        local items = {}
        for _, d in ipairs(result.diagnostics) do
          table.insert(items, { code = d.code, source = d.source, line = d.range.start.line, character = d.range.start.character, message = d.message })
        end
        -- Ask for the hover on the first finding, as a user would with K.
        local first = result.diagnostics[1]
        local bufnr = vim.uri_to_bufnr(result.uri)
        vim.lsp.buf_request(bufnr, 'textDocument/hover', {
          textDocument = { uri = result.uri },
          position = first.range.start,
        }, function(_, hover)
          write_and_quit({ diagnostics = items, hover = hover and hover.contents and hover.contents.value or vim.NIL })
        end)
      end
    end,
  },
})

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'markdown',
  callback = function(args) vim.lsp.buf_attach_client(args.buf, client_id) end,
})

-- Give up rather than hang if nothing arrives.
vim.defer_fn(function() write_and_quit({ error = 'no diagnostics within 20 s' }) end, 20000)
