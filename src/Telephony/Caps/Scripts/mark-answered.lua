-- Counts an answered call against the link's total exactly once, keyed by call id.
-- The reservation leaves the pending set (it is now part of "used"); the lease stays for concurrency.
-- KEYS[1] pending, KEYS[2] used, KEYS[3] answered marker for this call
-- ARGV[1] call id, ARGV[2] marker ttl seconds
-- Returns {1, used} when counted now, {0, used} when it had been counted already.
if not redis.call('SET', KEYS[3], '1', 'NX', 'EX', tonumber(ARGV[2])) then
  return {0, tonumber(redis.call('GET', KEYS[2]) or 0)}
end
local used = redis.call('INCR', KEYS[2])
redis.call('ZREM', KEYS[1], ARGV[1])
return {1, used}
