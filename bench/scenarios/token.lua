dofile((os.getenv("SCEN_DIR") or ".") .. "/common.lua")
request = login_req
