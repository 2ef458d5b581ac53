-- wrk script: POST /api/v1/channels/$CHANNEL/messages, each request a new messageId (so each is stored, 201), from
-- one of $SENDERS WeChat senders (default 2,000), with mixed zh/en texts; authenticated by $API_KEY. $RUN makes the ids
-- unique across runs on one database. Prints how many answers were not 201. Used by scripts/bench-ingest.sh.
local channel = os.getenv("CHANNEL")
local key = os.getenv("API_KEY")
local senders = tonumber(os.getenv("SENDERS") or "2000")
local run = os.getenv("RUN") or tostring(os.time())
local texts = {
  "你好,我的订单还没发货,能帮我查一下吗?", "訂單 8812 什麼時候到?", "Hi, my parcel has not moved for three days.",
  "房间可以换成无烟房吗", "Can I change the size of the cashmere scarf I bought?", "储值卡余额怎么查", "谢谢,收到了!",
}
local path = "/api/v1/channels/" .. channel .. "/messages"
local headers = { ["Content-Type"] = "application/json", ["X-Api-Key"] = key }
local threads = {}
local next_thread = 0

function setup(thread)
  thread:set("tid", next_thread)
  next_thread = next_thread + 1
  table.insert(threads, thread)
end

function init(args)
  n = 0
  refused = 0
  math.randomseed(tid * 7919 + os.time())
end

function request()
  n = n + 1
  local body = string.format('{"from":"wx_bench_%d","text":"%s","messageId":"wrk-%s-%d-%d"}',
    math.random(0, senders - 1), texts[math.random(#texts)], run, tid, n)
  return wrk.format("POST", path, headers, body)
end

function response(status, headers, body)
  if status ~= 201 then
    refused = refused + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("refused")
  end
  io.write(string.format("answers other than 201: %d\n", total))
end
