#!/usr/bin/env Rscript
# The base R peer of the `rates` whole job (docs/performance.md, issue 15): read the CSV, compute the 95 % interval of
# every row, write a CSV. Usage: Rscript rates.R INPUT METHOD OUTPUT   (METHOD = wilson | exact | byar)
# Vectorised base R, the fastest form base R offers (a loop over prop.test / poisson.test would take minutes):
#   wilson = prop.test(x, n, correct = FALSE)$conf.int (Wilson score interval), checked on the first rows below;
#   exact  = poisson.test(x, n)$conf.int, i.e. qgamma(a/2, x) / n and qgamma(1 - a/2, x + 1) / n (Garwood);
#   byar   = Breslow & Day (1987) p. 69, as PHEindicatormethods.
# write.csv writes 15 significant digits (not shortest round trip): less text than this project writes.
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 3) stop("usage: Rscript rates.R INPUT METHOD OUTPUT")
d <- read.csv(args[1], colClasses = c("character", "numeric", "numeric"))
x <- d$count; n <- d$denominator; a <- 0.05; z <- qnorm(1 - a / 2)
if (args[2] == "wilson") {
  p <- x / n
  centre <- 2 * x + z^2
  root <- z * sqrt(z^2 + 4 * x * (1 - p))
  lower <- ifelse(x == 0, 0, (centre - root) / (2 * (n + z^2)))
  upper <- ifelse(x == n, 1, (centre + root) / (2 * (n + z^2)))
  for (i in seq_len(min(5, length(x)))) {
    ci <- prop.test(x[i], n[i], correct = FALSE)$conf.int
    stopifnot(abs(ci[1] - lower[i]) <= 1e-12 * max(1e-300, ci[1]), abs(ci[2] - upper[i]) <= 1e-12 * ci[2])
  }
} else if (args[2] == "exact") {
  lower <- ifelse(x == 0, 0, qgamma(a / 2, x)) / n
  upper <- qgamma(1 - a / 2, x + 1) / n
  for (i in seq_len(min(5, length(x)))) {
    ci <- poisson.test(x[i], n[i])$conf.int
    stopifnot(abs(ci[1] - lower[i]) <= 1e-12 * max(1e-300, ci[1]), abs(ci[2] - upper[i]) <= 1e-12 * ci[2])
  }
} else if (args[2] == "byar") {
  lower <- x * (1 - 1 / (9 * x) - z / (3 * sqrt(x)))^3 / n
  upper <- (x + 1) * (1 - 1 / (9 * (x + 1)) + z / (3 * sqrt(x + 1)))^3 / n
  lower[x == 0] <- 0
} else stop("METHOD must be wilson, exact or byar")
write.csv(data.frame(id = d$id, count = x, denominator = n, value = x / n, lower = lower, upper = upper,
                     method = args[2]), args[3], row.names = FALSE, quote = FALSE)
