-- Neovim (0.7+) as a second, real LSP client of the Clinical Scope server, set up
-- with the README's own snippet (CLINICAL_SCOPE_SNIPPET), as a user would. Used by
-- test/neovim/neovim.test.ts: it waits for the server's pushed diagnostics, presses
-- K on the first finding, takes the move quick fix, saves, writes what it saw to
-- CLINICAL_SCOPE_OUT as JSON, and quits.
local out = os.getenv('CLINICAL_SCOPE_OUT')
dofile(os.getenv('CLINICAL_SCOPE_SNIPPET'))

local result = { messages = {} }
local raw = {} -- the server's diagnostics as sent, for the code action request

local function finish(extra)
  for k, v in pairs(extra or {}) do result[k] = v end
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qall!')
end

-- Record what the server shows the user, and keep Neovim's own handling.
for _, method in ipairs({ 'window/showMessage', 'window/showMessageRequest' }) do
  local default = vim.lsp.handlers[method]
  vim.lsp.handlers[method] = function(err, res, ctx, config)
    table.insert(result.messages, res.message)
    if method == 'window/showMessageRequest' then return vim.NIL end
    return default(err, res, ctx, config)
  end
end
local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, res, ctx, config)
  raw[res.uri] = res.diagnostics
  return publish(err, res, ctx, config)
end

local source = vim.api.nvim_get_current_buf()
local companion = vim.fn.fnamemodify('plan.leadership.md', ':p')
local stage = 'diagnostics'
local timer = vim.loop.new_timer()

local function floating_text()
  for _, win in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(win).relative ~= '' then
      local lines = vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(win), 0, -1, false)
      vim.api.nvim_win_close(win, true)
      return table.concat(lines, '\n')
    end
  end
end

local function take_move()
  local uri = vim.uri_from_bufnr(source)
  local diagnostics = raw[uri]
  local params = { textDocument = { uri = uri }, range = diagnostics[1].range, context = { diagnostics = diagnostics } }
  vim.lsp.buf_request(source, 'textDocument/codeAction', params, function(err, actions)
    if err or not actions then return finish({ error = 'no code actions: ' .. vim.inspect(err) }) end
    result.actions = {}
    local move
    for _, a in ipairs(actions) do
      table.insert(result.actions, a.title)
      if a.title:find('^Move to a leadership document') then move = a end
    end
    if not move then return finish() end
    result.move_has_edit = move.edit ~= nil
    if move.edit then vim.lsp.util.apply_workspace_edit(move.edit, 'utf-16') end
    if move.command then vim.lsp.buf.execute_command(move.command) end
    stage = 'moved'
  end)
end

timer:start(100, 100, vim.schedule_wrap(function()
  if stage == 'diagnostics' then
    local ds = vim.diagnostic.get(source)
    if #ds == 0 then return end
    result.diagnostics = {}
    for _, d in ipairs(ds) do
      table.insert(result.diagnostics, { code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), source = d.source, line = d.lnum })
    end
    -- Press K on the first finding, as the README says.
    vim.api.nvim_win_set_cursor(0, { ds[1].lnum + 1, ds[1].col })
    vim.api.nvim_feedkeys('K', 'x', false)
    stage = 'hover'
  elseif stage == 'hover' then
    local text = floating_text()
    if not text then return end
    result.hover = text
    stage = 'actions'
    take_move()
  elseif stage == 'moved' then
    local buf = vim.fn.bufnr(companion)
    if buf == -1 or #result.messages == 0 then return end
    timer:stop()
    vim.cmd('silent wall')
    finish()
  end
end))

-- Give up rather than hang if something never arrives.
vim.defer_fn(function() finish({ error = 'stuck at ' .. stage .. ' after 25 s' }) end, 25000)
