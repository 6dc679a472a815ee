-- 80% reads (40 list page 1, 40 issue detail) / 20% writes (10 create issue, 10 add comment),
-- the same mix as the peer's mixed.lua.
dofile((os.getenv("SCEN_DIR") or ".") .. "/common.lua")
request = function()
  local r = math.random(1, 100)
  if r <= 40 then return list_req()
  elseif r <= 80 then return detail_req()
  elseif r <= 90 then return create_issue_req()
  else return create_comment_req() end
end
