-- wrk script: every request asks for a page state nobody asked for before (a render parameter of the first
-- window that the portlet ignores), so neither the page cache nor the expiration cache can answer: the
-- portal renders all six windows each time.
local id, counter = "", 0

function init(args)
  id = tostring({}):gsub("%W", "")
end

function request()
  counter = counter + 1
  return wrk.format(nil, wrk.path .. "?r.bench-welcome.bench=" .. id .. "-" .. counter)
end
