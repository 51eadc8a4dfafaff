-- Extends a turn's claim only if it is still this turn's.
-- KEYS[1] the claim; ARGV[1] the claim token, ARGV[2] the lease in ms
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
