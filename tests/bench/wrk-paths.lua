-- SPDX-License-Identifier: Apache-2.0
-- wrk script: GET the request paths of a file (one per line, already URL-encoded) in turn, each thread starting at
-- a different line, so the load is a mix of real questions rather than one cached answer.
--   wrk -s tests/bench/wrk-paths.lua http://127.0.0.1:PORT -- PATHS_FILE
local paths = {}
local next_path = 0

function init(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
  next_path = math.random(#paths)
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end
