-- Deletes a turn's claim only if it is still this turn's (a lapsed claim must not free another turn's).
-- KEYS[1] the claim; ARGV[1] the claim token
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
