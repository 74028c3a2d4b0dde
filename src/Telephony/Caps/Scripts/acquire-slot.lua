-- Atomically checks and takes one slot (a lease) on a campaign-client link.
-- KEYS[1] leases  (ZSET: call id -> expiry ms; every live call on the link, answered or not)
-- KEYS[2] pending (ZSET: call id -> expiry ms; reservations not yet answered, they count toward the total cap)
-- KEYS[3] used    (STRING: answered calls counted against the total cap)
-- ARGV[1] call id, ARGV[2] lease ttl ms, ARGV[3] max concurrency,
-- ARGV[4] total calls allowed (-1 = unlimited), ARGV[5] used count from the database (seeds a missing counter)
-- Returns {1, expiry ms} when granted, {0, reason} when refused.
-- Expiry uses the Redis clock so every app instance agrees on when a lease is dead.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)

local callId = ARGV[1]
local expiry = now + tonumber(ARGV[2])

-- Re-acquiring a lease the call already holds only extends it; it never takes a second slot.
if redis.call('ZSCORE', KEYS[1], callId) then
  redis.call('ZADD', KEYS[1], 'XX', expiry, callId)
  redis.call('ZADD', KEYS[2], 'XX', expiry, callId)
  return {1, expiry}
end

if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  return {0, 'CONCURRENCY_FULL'}
end

-- A missing counter (first call since Redis started) is seeded from the database, cap or not,
-- so a cap added later starts from the true count.
local used = redis.call('GET', KEYS[3])
if not used then
  used = ARGV[5]
  redis.call('SET', KEYS[3], used)
end

local allowed = tonumber(ARGV[4])
if allowed >= 0 then
  if tonumber(used) + redis.call('ZCARD', KEYS[2]) >= allowed then
    return {0, 'TOTAL_CAP_USED'}
  end
end

redis.call('ZADD', KEYS[1], expiry, callId)
redis.call('ZADD', KEYS[2], expiry, callId)
return {1, expiry}
