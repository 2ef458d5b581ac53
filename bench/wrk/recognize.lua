-- wrk script: GET /api/v1/recognize for known phones, cycling through the file named by $PHONES (one E.164 a line),
-- authenticated by $API_KEY. Used by scripts/bench-recognition-http.sh.
local phones = {}
for line in io.lines(os.getenv("PHONES")) do
  phones[#phones + 1] = line:gsub("%+", "%%2B")
end
local key = os.getenv("API_KEY")
local i = 0

request = function()
  i = i % #phones + 1
  return wrk.format("GET", "/api/v1/recognize?phone=" .. phones[i], { ["X-Api-Key"] = key })
end
