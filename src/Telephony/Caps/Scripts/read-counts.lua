-- Reads a link's live state without changing it (beyond purging dead leases).
-- KEYS[1] leases, KEYS[2] pending, KEYS[3] used. Returns {live, pending, used or -1 when unknown}.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local used = redis.call('GET', KEYS[3])
return {redis.call('ZCARD', KEYS[1]), redis.call('ZCARD', KEYS[2]), tonumber(used or -1)}
