#!/usr/bin/env python3
"""High-precision fixture for GammaQuantile: gamma quantiles and regularised incomplete gamma values by mpmath.

Writes tests/Sozialindikatoren.Tests/TestData/rates/gamma_quantiles.csv with columns
shape,tail,side,x,xd,P,Q: for side=lower, P(shape, x) = tail; for side=upper, Q(shape, x) = tail (x to 25 digits,
found by Newton steps on P(a, x) = x^a e^-x / Gamma(a + 1) 1F1(1; a + 1; x) (DLMF 8.5.1) at 50 digits); xd is the
double nearest to x (round-trip text) and P, Q are P(shape, xd), Q(shape, xd) at exactly that double (25 digits), the
reference values of the incomplete gamma function itself.
Shapes 1 to 10^9 (integers, the exact Poisson limits use shapes count and count + 1), tails (1 - level)/2 for the
levels 50 %, 80 %, 90 %, 95 %, 99 %, 99.8 %, 99.9 %. Usage: python3 eng/gamma/quantile_fixture.py > FILE
"""
import mpmath as mp

mp.mp.dps = 50
shapes = [1, 2, 3, 5, 9, 10, 11, 15, 19, 20, 21, 25, 30, 49, 50, 64, 100, 250, 1000, 5001, 25000, 64910,
          100000, 1000000, 3000000, 10000000, 100000000, 1000000000]
levels = ["0.5", "0.8", "0.9", "0.95", "0.99", "0.998", "0.999"]


def lower(a, x):
    # P(a, x) = x^a e^-x / Gamma(a + 1) * 1F1(1; a + 1; x) (DLMF 8.5.1), summed at 50 digits
    return mp.exp(a * mp.log(x) - x - mp.loggamma(a + 1)) * mp.hyp1f1(1, a + 1, x, maxterms=10**8)


def quantile(a, t, side):
    a = mp.mpf(a)
    t = mp.mpf(t)
    target = t if side == "lower" else 1 - t
    # Newton on P(a, x) = target from the Wilson-Hilferty value
    z = mp.sqrt(2) * mp.erfinv(2 * target - 1)
    c = 1 - 1 / (9 * a) + z / (3 * mp.sqrt(a))
    x = a * c ** 3 if c > 0 else (target * mp.gamma(a + 1)) ** (1 / a)
    for _ in range(200):
        f = lower(a, x) - target
        d = mp.exp((a - 1) * mp.log(x) - x - mp.loggamma(a))
        step = f / d
        x = x - step if x - step > 0 else x / 2
        if abs(step) < mp.mpf(10) ** -40 * x:
            return x
    raise RuntimeError((a, t, side))


print("shape,tail,side,x,xd,P,Q")
for a in shapes:
    for lv in levels:
        t = (1 - mp.mpf(lv)) / 2
        for side in ("lower", "upper"):
            x = quantile(a, t, side)
            xd = float(x)
            p = lower(mp.mpf(a), mp.mpf(xd))
            q = 1 - p
            print(f"{a},{mp.nstr(t, 20)},{side},{mp.nstr(x, 25)},{xd!r},{mp.nstr(p, 25)},{mp.nstr(q, 25)}", flush=True)
