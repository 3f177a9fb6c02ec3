# Where Keel's own code causes the CPU time: reads `jfr print --events jdk.ExecutionSample --stack-depth 256 <file>`
# and counts, for each app.keel method, the samples that have it anywhere on the stack (inclusive time; a method on
# the stack twice counts once). The view constructors and service methods at the top show which page or click costs
# most, whatever library below them does the work. Samples without Keel code are counted by their outer-most frame.
function flush(   i, f, seen, any) {
  if (n == 0) return
  total++
  any = 0
  for (i = 1; i <= n; i++) {
    f = frames[i]
    if (f ~ /^app\.keel\./ && !(f in seen)) { seen[f] = 1; incl[f]++; any = 1 }
  }
  if (!any) outer["(no Keel code) " frames[n]]++
  n = 0
  delete seen
}
/^jdk\.ExecutionSample/ { flush(); next }
/^[ \t]+[A-Za-z_$][A-Za-z0-9_$.<>]*\(/ { f = $1; sub(/\(.*/, "", f); frames[++n] = f }
END {
  flush()
  printf "%8s %7s  %s\n", "samples", "share", "method (inclusive)"
  for (k in incl) printf "%8d %6.1f%%  %s\n", incl[k], 100 * incl[k] / total, k | "sort -rn | head -" (top ? top : 60)
  close("sort -rn | head -" (top ? top : 60))
  for (k in outer) printf "%8d %6.1f%%  %s\n", outer[k], 100 * outer[k] / total, k | "sort -rn | head -15"
}
