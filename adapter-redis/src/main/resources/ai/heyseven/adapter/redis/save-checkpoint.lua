-- Saves a checkpoint only while the turn's claim still holds its thread, and renews the claim.
-- KEYS[1] the claim, KEYS[2] the thread's list, KEYS[3] (optional) the guest's set of threads
-- ARGV: claim token, checkpoint JSON, checkpoints kept per thread, thread TTL ms, lease ms, thread id
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return 0
end
redis.call('PEXPIRE', KEYS[1], ARGV[5])
redis.call('LPUSH', KEYS[2], ARGV[2])
redis.call('LTRIM', KEYS[2], 0, tonumber(ARGV[3]) - 1)
redis.call('PEXPIRE', KEYS[2], ARGV[4])
if #KEYS > 2 then
  redis.call('SADD', KEYS[3], ARGV[6])
  redis.call('PEXPIRE', KEYS[3], ARGV[4])
end
return 1
