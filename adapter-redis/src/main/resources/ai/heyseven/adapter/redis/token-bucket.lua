-- A token bucket in one atomic step, on Redis's own clock so every instance agrees.
-- KEYS[1]: the bucket; ARGV[1]: capacity (requests per period); ARGV[2]: period in milliseconds.
-- Returns {allowed (1|0), whole tokens left, milliseconds until the next token when refused}.
local capacity = tonumber(ARGV[1])
local period = tonumber(ARGV[2])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1])
local at = tonumber(state[2])
if tokens == nil or at == nil then
  tokens = capacity
  at = now
end
tokens = math.min(capacity, tokens + math.max(0, now - at) * capacity / period)
local allowed = 0
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  wait = math.ceil((1 - tokens) * period / capacity)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
-- a bucket untouched for a whole period is full again: the same as absent, so let it go
redis.call('PEXPIRE', KEYS[1], period)
return {allowed, math.floor(tokens), wait}
