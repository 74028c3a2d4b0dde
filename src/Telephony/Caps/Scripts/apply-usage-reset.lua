-- Applies one audited usage reset to the link's used counter, exactly once per reset id (any instance, any
-- number of calls). It subtracts what the reset cleared rather than writing 0, so answers Redis has counted but
-- the database has not yet (they land in the database after the reset) stay counted.
-- KEYS[1] used, KEYS[2] set of applied reset ids
-- ARGV[1] reset id, ARGV[2] used count the reset cleared, ARGV[3] ttl of the applied-set in seconds
-- Returns 1 when applied now, 0 when it had been applied already.
if redis.call('SADD', KEYS[2], ARGV[1]) == 0 then
  return 0
end
redis.call('EXPIRE', KEYS[2], tonumber(ARGV[3]))
local used = redis.call('GET', KEYS[1])
-- No counter: the next acquire seeds it from the database, which already holds the reset value.
if used then
  local left = tonumber(used) - tonumber(ARGV[2])
  if left < 0 then
    left = 0
  end
  redis.call('SET', KEYS[1], left)
end
return 1
