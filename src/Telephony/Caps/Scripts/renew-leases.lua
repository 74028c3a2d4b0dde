-- Extends the expiry of the given leases on one link, only while they are still alive.
-- KEYS[1] leases, KEYS[2] pending; ARGV[1] ttl ms, ARGV[2..n] call ids.
-- Returns the call ids whose lease no longer existed (expired or released): their slot is lost.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)

local expiry = now + tonumber(ARGV[1])
local lost = {}
for i = 2, #ARGV do
  if redis.call('ZSCORE', KEYS[1], ARGV[i]) then
    redis.call('ZADD', KEYS[1], 'XX', expiry, ARGV[i])
    redis.call('ZADD', KEYS[2], 'XX', expiry, ARGV[i])
  else
    table.insert(lost, ARGV[i])
  end
end
return lost
