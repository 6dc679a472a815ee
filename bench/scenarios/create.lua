dofile((os.getenv("SCEN_DIR") or ".") .. "/common.lua")
request = create_issue_req
