# Splits a JFR CPU profile by layer: reads `jfr print --events jdk.ExecutionSample --stack-depth 64 <file>` and
# attributes each sample to the library of its top-most non-JDK frame (where the time is spent), and counts the
# samples that pass through Keel's own code anywhere on the stack (what Keel's code causes, inclusive).
function layer(f) {
  if (f ~ /^app\.keel\./) return "Keel (app.keel)"
  if (f ~ /^com\.vaadin\./) return "Vaadin Flow"
  if (f ~ /^org\.hibernate\.|^org\.antlr\./) return "Hibernate (incl. HQL parser)"
  if (f ~ /^org\.postgresql\.|^com\.zaxxer\./) return "JDBC driver and pool"
  if (f ~ /^org\.springframework\.security\./) return "Spring Security"
  if (f ~ /^org\.springframework\./) return "Spring"
  if (f ~ /^org\.apache\.(catalina|tomcat|coyote)\./) return "Tomcat"
  if (f ~ /^tools\.jackson\.|^com\.fasterxml\./) return "Jackson"
  if (f ~ /^(java|javax|jdk|sun|com\.sun)\./) return ""
  return "other libraries"
}
function flush() {
  if (n == 0) return
  total++
  top = "JDK only (GC, JIT, idle threads' work)"
  for (i = 1; i <= n; i++) { l = layer(frames[i]); if (l != "") { top = l; break } }
  self[top]++
  for (i = 1; i <= n; i++) if (frames[i] ~ /^app\.keel\./) { keel++; break }
  n = 0
}
/^jdk\.ExecutionSample/ { flush(); next }
/^[ \t]+[A-Za-z_$][A-Za-z0-9_$.<>]*\(/ { f = $1; sub(/\(.*/, "", f); frames[++n] = f }
END {
  flush()
  printf "%8s %7s  %s\n", "samples", "share", "layer (top-most non-JDK frame)"
  for (k in self) printf "%8d %6.1f%%  %s\n", self[k], 100 * self[k] / total, k | "sort -rn"
  close("sort -rn")
  printf "%8d %6.1f%%  %s\n", keel, 100 * keel / total, "(inclusive) samples with Keel code on the stack"
}
