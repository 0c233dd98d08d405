using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Sozialindikatoren.Statistics;

/// <summary>
/// The regularised incomplete gamma function P(a, x) / Q(a, x) and its inverse for integer shapes a ≥ 1: quantiles of
/// the gamma distribution with rate 1 (χ²_{p; 2a}/2), the exact Poisson limits.
/// </summary>
/// <remarks>
/// <para><b>Incomplete gamma.</b> For a ≥ <see cref="TemmeFrom"/> (and |η| ≤ <see cref="TemmeMaxEta"/>) Temme's uniform
/// asymptotic expansion (Temme 1979; DLMF 8.12.3–8.12.9): with λ = x/a, ½η² = λ − 1 − ln λ (η with the sign of
/// λ − 1), Q(a, x) = ½ erfc(η√(a/2)) + R, P(a, x) = ½ erfc(−η√(a/2)) − R, R = e^{−aη²/2}/√(2πa) Σ_k c_k(η) a^{−k}.
/// aη²/2 = a ln(a/x) + x − a is computed without cancellation (Loader's bd0), the c_k(η) from their Taylor series in
/// η (coefficients generated in exact rational arithmetic by <c>eng/gamma/temme_coefficients.py</c>, k ≤ 9, 30 terms;
/// the series converge for |η| &lt; 2√π). The number of terms follows a and |η|. Smaller shapes use the finite
/// identities for integer a: Q(a, x) = P(N ≤ a − 1) and P(a, x) = P(N ≥ a) for N ~ Poisson(x), summed from the
/// largest term with Loader's saddle-point Poisson density (stirlerr and bd0, as R's dpois). The smaller tail is
/// always computed directly, so both tails are accurate relative to their own size (about 1e-15).</para>
/// <para><b>Quantile.</b> Start at the Wilson–Hilferty value a(1 − 1/(9a) + z/(3√a))³ (z the normal quantile of the
/// target; for small shapes in the lower tail the larger of it and the lower bound (p·a!)^{1/a}), then Halley steps on
/// f(x) = P(a, x) − p (or (1 − q) − Q) with the analytic derivatives f′ = x^{a−1}e^{−x}/Γ(a), f″/f′ = (a − 1)/x − 1,
/// safeguarded by a bracket (bisection when a step leaves it). The iteration stops once Halley's predicted error after
/// the step, K·|Δ|³ with K = h²/12 + (a − 1)/(6x²) and h = f″/f′, is below 10⁻¹⁶ x (with a safety factor of 10), or
/// the step is below the rounding of x: from the Wilson–Hilferty start that is one step from about 1,000 (at 99.9 %: 10⁵), two steps below. Tested against
/// R's qchisq (fixture rates.csv, 1e-9) and against 25-digit mpmath quantiles (computed at 50 digits) for shapes 1 to 10⁹ and levels
/// 80–99.9 % (fixture gamma_quantiles.csv, 1e-12 relative).</para>
/// </remarks>
internal static class GammaQuantile
{
    /// <summary>The smallest shape for which Temme's expansion is used (below: Poisson tail sums).</summary>
    internal const long TemmeFrom = 20;

    /// <summary>The largest |η| for which Temme's expansion is used (its Taylor series are truncated at 30 terms).</summary>
    internal const double TemmeMaxEta = 1.0;

    private const double Ln2Pi = 1.8378770664093454835606594728112;
    private const int TemmeTerms = 30;
    private const int TemmeOrders = 10;

    /// <summary>
    /// A tail probability to invert, P(a, x) = tail (lower) or Q(a, x) = tail (upper), with the expansion point of the
    /// Gaussian term: τ₀ = −Φ⁻¹(tail)/√2, ½erfc(τ₀), e^{−τ₀²}/√π. Build it once per level and side (two special
    /// function calls), then invert for any number of shapes.
    /// </summary>
    internal readonly struct Target
    {
        /// <summary>Creates the target.</summary>
        /// <param name="tail">The tail probability, strictly between 0 and 1.</param>
        /// <param name="upper">Whether <paramref name="tail"/> is the upper tail Q (else the lower tail P).</param>
        public Target(double tail, bool upper)
        {
            Tail = tail;
            Upper = upper;
            Tau0 = -Normal.InvCDF(0, 1, tail) / Math.Sqrt(2);
            Half0 = 0.5 * SpecialFunctions.Erfc(Tau0);
            Gauss0 = Math.Exp(-Tau0 * Tau0) / Math.Sqrt(Math.PI);
        }

        private Target(bool upper)
        {
            Upper = upper;
            Tau0 = double.NaN;
        }

        /// <summary>A target without expansion point (½erfc evaluated directly), for evaluating the tails.</summary>
        public static Target Plain(bool upper) => new(upper);

        public double Tail { get; }
        public bool Upper { get; }
        public double Tau0 { get; }
        public double Half0 { get; }
        public double Gauss0 { get; }

        /// <summary>Φ⁻¹ of the lower-tail probability (P = tail, or 1 − tail): the z of the Wilson–Hilferty start.</summary>
        public double Z => Upper ? Math.Sqrt(2) * Tau0 : -Math.Sqrt(2) * Tau0;
    }

    /// <summary>The x with P(a, x) = tail (lower target) or Q(a, x) = tail (upper target).</summary>
    /// <param name="a">The integer shape, ≥ 1.</param>
    /// <param name="target">The tail and side, with its precomputed expansion point.</param>
    public static double Quantile(long a, in Target target)
    {
        var tail = target.Tail;
        var upper = target.Upper;
        var z = target.Z;
        double shape = a;
        var sqrtA = Math.Sqrt(shape);
        var c = 1 - 1 / (9 * shape) + z / (3 * sqrtA);
        var x = shape * c * c * c;
        if (!upper && (a < TemmeFrom || !(x > 0)))
        {
            // Lower tail of a small shape: P(a, x) ≤ x^a / a!, so (p·a!)^{1/a} is a lower bound of the quantile; the
            // Wilson–Hilferty value mostly lies below it too at small shapes: start at the larger of the two.
            var series = Math.Exp((Math.Log(tail) + SpecialFunctions.GammaLn(shape + 1)) / shape);
            if (!(x > 0) || series > x) x = series;
        }
        if (!(x > 0)) x = shape;
        // Density factor e^{-stirlerr(a)}: f′(x) = (a/x) · e^{−bd0(a, x)} / √(2πa) · e^{−stirlerr(a)}.
        var densityScale = Math.Exp(-StirlingError(shape)) / Math.Sqrt(2 * Math.PI * shape);
        var orders = TemmeOrdersFor(shape);
        double lo = 0, hi = double.PositiveInfinity;
        for (var iter = 0; iter < 200; iter++)
        {
            var t = Tail(a, x, orders, target, out var expY);
            // f increases with x: P(a, x) − p, or q − Q(a, x).
            var f = upper ? tail - t : t - tail;
            if (f == 0) return x;
            if (f > 0) hi = x; else lo = x;
            var density = shape / x * expY * densityScale;
            if (density > 0 && double.IsFinite(density))
            {
                var r = f / density;
                var h = (shape - 1) / x - 1;
                var d = r * h / 2;
                var halley = Math.Abs(d) < 0.5;
                var next = halley ? x - r / (1 - d) : x - r;
                var step = Math.Abs(next - x);
                if (step <= 4e-16 * x) return next;
                if (next > lo && next < hi)
                {
                    // Halley's error after the step: K·|Δ|³ with K = h²/12 + (a − 1)/(6x²) (from f‴/f′ = h² − (a − 1)/x²).
                    var k = h * h / 12 + (shape - 1) / (6 * x * x);
                    if (halley && 10 * k * step * step * step <= 1e-15 * next) return next;
                    x = next;
                    continue;
                }
            }
            x = double.IsPositiveInfinity(hi) ? x * 2 : (lo + hi) / 2;
            if (hi - lo <= 4e-16 * hi) return x;
        }
        return x;
    }

    /// <summary>(P(a, x), Q(a, x)) for an integer shape a ≥ 1 and x ≥ 0.</summary>
    internal static (double Lower, double Upper) Regularized(long a, double x)
    {
        if (x == 0) return (0, 1);
        var upper = x > a;
        var small = Tail(a, x, TemmeOrdersFor(a), Target.Plain(upper), out _);
        return upper ? (1 - small, small) : (small, 1 - small);
    }

    /// <summary>
    /// Q(a, x) (upper target) or P(a, x) (lower target); <paramref name="expY"/> receives e^{−bd0(a, x)} (the density
    /// factor). In Temme's expansion the small tail is ½erfc(τ) ± R with τ = ±η√(a/2); ½erfc(τ) is taken from the
    /// target's expansion point: ½erfc(τ₀ + ε) = ½erfc(τ₀) − e^{−τ₀²}/√π · ∫₀^ε e^{−2τ₀u − u²} du, the integral by its
    /// Taylor series (coefficients h₀ = 1, h₁ = −2τ₀, (n+1)h_{n+1} = −2τ₀h_n − 2h_{n−1}) for |ε| ≤ 0.5, else erfc.
    /// </summary>
    private static double Tail(long a, double x, int orders, in Target target, out double expY)
    {
        double shape = a;
        var upper = target.Upper;
        var y = Bd0(shape, x);
        expY = Math.Exp(-y);
        if (a >= TemmeFrom)
        {
            var eta = Math.Sqrt(2 * y / shape);
            if (x < shape) eta = -eta;
            if (Math.Abs(eta) <= TemmeMaxEta)
            {
                var r = expY / Math.Sqrt(2 * Math.PI * shape) * TemmeSum(shape, eta, orders);
                var tau = (upper ? eta : -eta) * Math.Sqrt(shape / 2);
                var half = HalfErfc(tau, target);
                return upper ? half + r : half - r;
            }
        }
        return TailSum(a, x, upper);
    }

    /// <summary>½erfc(τ) from the expansion point of <paramref name="target"/> (see <see cref="Tail"/>).</summary>
    private static double HalfErfc(double tau, in Target target)
    {
        var eps = tau - target.Tau0;
        if (!(Math.Abs(eps) <= 0.5)) return 0.5 * SpecialFunctions.Erfc(tau);
        // I = ε Σ e_n/(n+1), e_n = h_n ε^n: e_{n+1} = (−2τ₀ε e_n − 2ε² e_{n−1})/(n+1).
        var b = -2 * target.Tau0 * eps;
        var e2 = -2 * eps * eps;
        double prev = 1, cur = b;
        var sum = 1 + cur * 0.5;
        var inv = Reciprocals;
        for (var n = 1; n < inv.Length - 2; n++)
        {
            var next = (b * cur + e2 * prev) * inv[n + 1];
            var add = next * inv[n + 2];
            sum += add;
            if (Math.Abs(add) <= 1e-17 * Math.Abs(sum) && Math.Abs(cur) <= 1e-16 * Math.Abs(sum)) break;
            prev = cur;
            cur = next;
        }
        return target.Half0 - target.Gauss0 * eps * sum;
    }

    /// <summary>Q(a, x) (upper) or P(a, x) (lower) by the Poisson tail sums alone (any integer shape ≥ 1; O(√a) terms).</summary>
    internal static double TailSum(long a, double x, bool upper) => upper ? SumDown(a - 1, x) : SumUp(a, x);

    /// <summary>The number of orders k of Temme's expansion for double precision: a^{−K} below 1e-17 (c_0 ≈ 1/3).</summary>
    private static int TemmeOrdersFor(double a) => a < TemmeFrom ? 0 : Math.Min(TemmeOrders, (int)Math.Ceiling(17 / Math.Log10(a)));

    /// <summary>Σ_k c_k(η) a^{−k} with <paramref name="orders"/> orders and as many Taylor terms as |η| needs.</summary>
    private static double TemmeSum(double a, double eta, int orders)
    {
        // The Taylor coefficients fall by a factor of about 4 per power (at least 3.3): terms for |η|^n·3.3^−n ≤ 1e-17.
        var ae = Math.Abs(eta);
        var terms = ae <= 0.02 ? 9 : ae <= 0.05 ? 11 : ae <= 0.1 ? 14 : ae <= 0.2 ? 17 : ae <= 0.4 ? 22 : TemmeTerms;
        var inv = 1 / a;
        double sum = 0;
        var table = TemmeC;
        for (var k = orders - 1; k >= 0; k--)
        {
            var row = table.AsSpan(k * TemmeTerms, terms);
            var ck = row[terms - 1];
            for (var n = terms - 2; n >= 0; n--) ck = ck * eta + row[n];
            sum = sum * inv + ck;
        }
        return sum;
    }

    private static double SumDown(long start, double x)
    {
        var t = PoissonDensity(start, x);
        double sum = 0;
        for (var j = start; j >= 0 && t > 0; j--)
        {
            sum += t;
            if (t < 1e-18 * sum) break;
            t *= j / x;
        }
        return sum;
    }

    private static double SumUp(long start, double x)
    {
        var t = PoissonDensity(start, x);
        double sum = 0;
        for (var j = start; t > 0; j++)
        {
            sum += t;
            if (t < 1e-18 * sum) break;
            t *= x / (j + 1);
        }
        return sum;
    }

    /// <summary>Poisson probability P(N = k), N ~ Poisson(λ), by Loader (2000): exp(−stirlerr(k) − bd0(k, λ)) / √(2πk).</summary>
    internal static double PoissonDensity(long k, double lambda)
    {
        if (k == 0) return Math.Exp(-lambda);
        double kk = k;
        return Math.Exp(-StirlingError(kk) - Bd0(kk, lambda)) / Math.Sqrt(2 * Math.PI * kk);
    }

    /// <summary>ln Γ(n+1) − (n + ½) ln n + n − ½ ln(2π).</summary>
    private static double StirlingError(double n)
    {
        const double s0 = 1.0 / 12, s1 = 1.0 / 360, s2 = 1.0 / 1260, s3 = 1.0 / 1680, s4 = 1.0 / 1188;
        if (n <= 15 && n == Math.Floor(n) && n >= 1) return StirlingErrorTable[(int)n - 1];
        if (n <= 15) return SpecialFunctions.GammaLn(n + 1) - (n + 0.5) * Math.Log(n) + n - 0.5 * Ln2Pi;
        var nn = n * n;
        if (n > 500) return (s0 - s1 / nn) / n;
        if (n > 80) return (s0 - (s1 - s2 / nn) / nn) / n;
        if (n > 35) return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n;
        return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n;
    }

    /// <summary>x ln(x/m) + m − x, computed without cancellation when x ≈ m.</summary>
    private static double Bd0(double x, double m)
    {
        if (Math.Abs(x - m) < 0.1 * (x + m))
        {
            var v = (x - m) / (x + m);
            var s = (x - m) * v;
            var ej = 2 * x * v;
            var v2 = v * v;
            // |v| < 0.1: each term falls by 100; 1/(2j+1) from a table.
            var odd = OddReciprocals;
            for (var j = 1; j < odd.Length; j++)
            {
                ej *= v2;
                var s1 = s + ej * odd[j];
                if (s1 == s) return s1;
                s = s1;
            }
            return s;
        }
        return x * Math.Log(x / m) + m - x;
    }

    // Generated by eng/gamma/temme_coefficients.py 10 30: Taylor coefficients of c_k(eta), k = 0..9, eta^0..eta^29.
    private static readonly double[] Reciprocals = [0, .. Enumerable.Range(1, 60).Select(n => 1.0 / n)];

    // stirlerr(n) for n = 1..15 at 40 digits (mpmath), as R's dpois tabulates it: the direct formula loses ~1e-14 to
    // cancellation against ln Γ(n + 1).
    private static readonly double[] StirlingErrorTable =
    [
        0.08106146679532726, 0.0413406959554093, 0.02767792568499834, 0.020790672103765093, 0.016644691189821193,
        0.013876128823070748, 0.01189670994589177, 0.010411265261972096, 0.009255462182712733, 0.00833056343336287,
        0.007573675487951841, 0.00694284010720953, 0.006408994188004207, 0.0059513701127588475, 0.005554733551962801,
    ];

    private static readonly double[] OddReciprocals = [.. Enumerable.Range(0, 24).Select(j => 1.0 / (2 * j + 1))];

    private static readonly double[] TemmeC =
    [
        // c_0
        -0.3333333333333333, 0.08333333333333333, -0.014814814814814815, 0.0011574074074074073, 0.0003527336860670194, -0.0001787551440329218, 3.919263178522438e-05, -2.185448510679992e-06, -1.85406221071516e-06, 8.296711340953087e-07, -1.7665952736826078e-07, 6.707853543401498e-09, 1.0261809784240309e-08, -4.382036018453353e-09, 9.14769958223679e-10, -2.5514193994946248e-11, -5.830772132550426e-11, 2.4361948020667415e-11, -5.0276692801141755e-12, 1.1004392031956135e-13, 3.371763262400985e-13, -1.392388722418162e-13, 2.8534893807047445e-14, -5.139111834242572e-16, -1.9752288294349442e-15, 8.099521156704561e-16, -1.6522531216398162e-16, 2.5305430097478883e-18, 1.1686939738559576e-17, -4.770037049820485e-18,
        // c_1
        -0.001851851851851852, -0.003472222222222222, 0.0026455026455026454, -0.0009902263374485596, 0.00020576131687242798, -4.018775720164609e-07, -1.8098550334489977e-05, 7.64916091608111e-06, -1.6120900894563446e-06, 4.647127802807434e-09, 1.378633446915721e-07, -5.752545603517705e-08, 1.1951628599778148e-08, -1.7543241719747647e-11, -1.0091543710600413e-09, 4.162792991842583e-10, -8.56390702649298e-11, 6.067215101604758e-14, 7.1624989648114856e-12, -2.933186643771437e-12, 5.996696365683689e-13, -2.1671786527323313e-16, -4.978339972369262e-14, 2.0291628823713425e-14, -4.13125571381061e-15, 8.286516239883097e-19, 3.4100308869333327e-16, -1.3854195302893971e-16, 2.812346653228875e-17, -3.406444194143029e-21,
        // c_2
        0.004133597883597883, -0.0026813271604938273, 0.0007716049382716049, 2.0093878600823047e-06, -0.0001073665322636516, 5.2923448829120125e-05, -1.2760635188618728e-05, 3.423578734096138e-08, 1.3721957309062934e-06, -6.298992138380055e-07, 1.4280614206064242e-07, -2.0477098421990866e-10, -1.409252991086752e-08, 6.228974084922022e-09, -1.3670488396617114e-09, 9.428356159014678e-13, 1.2872252400089318e-10, -5.5645956134363323e-11, 1.197593554636698e-11, -4.1689782251838634e-15, -1.0940640427884595e-12, 4.662239946390136e-13, -9.905105763906907e-14, 1.8931876768373515e-17, 8.859221872591127e-15, -3.737820398046405e-15, 7.868833639035156e-16, -9.000027395741211e-20, -6.928881229347671e-17, 2.9020384270164786e-17,
        // c_3
        0.0006494341563786008, 0.00022947209362139917, -0.0004691894943952557, 0.00026772063206283885, -7.561801671883977e-05, -2.396505113867297e-07, 1.1082654115347302e-05, -5.6749528269915965e-06, 1.4230900732435883e-06, -2.7861080291528143e-11, -1.6958404091930278e-07, 8.099464905388083e-08, -1.9111168485973655e-08, 2.3928620439808118e-12, 2.0620131815488797e-09, -9.460496661855133e-10, 2.1541049775774907e-10, -1.388823336813903e-14, -2.1894761681963938e-11, 9.790998951171684e-12, -2.178219188018096e-12, 6.208819573407901e-17, 2.126978363279737e-13, -9.344688791517433e-14, 2.045367122678285e-14, -2.58260790403495e-19, -1.9405297673344544e-15, 8.415979290484816e-16, -1.8200430439538226e-16, 1.0735443641247309e-21,
        // c_4
        -0.0008618882909167117, 0.0007840392217200666, -0.0002990724803031902, -1.4638452578843418e-06, 6.641498215465122e-05, -3.968365047179435e-05, 1.1375726970678419e-05, 2.507497226237533e-10, -1.6954149536558305e-06, 8.907507532205309e-07, -2.292934834000805e-07, 2.956794137544049e-11, 2.8865829742708783e-08, -1.4189739437803219e-08, 3.4463580499464896e-09, -2.3024517174528067e-13, -3.9409233028046403e-10, 1.86023389685045e-10, -4.356323005056618e-11, 1.278600101629623e-15, 4.67927502665792e-12, -2.149246470613483e-12, 4.908815614809652e-13, -6.33859148489156e-18, -5.045332069080094e-14, 2.2722958222901286e-14, -5.096082608472402e-15, 3.0552097557171355e-20, 5.069021676310552e-16, -2.249383695648181e-16,
        // c_5
        -0.00033679855336635813, -6.972813758365857e-05, 0.0002772753244959392, -0.00019932570516188847, 6.797780477937208e-05, 1.419062920643967e-07, -1.3594048189768693e-05, 8.018470256334202e-06, -2.291481176508095e-06, -3.252473551298454e-10, 3.4652846491085265e-07, -1.8447187191171344e-07, 4.8240967037894184e-08, -1.7989466721743514e-14, -6.306194500013523e-09, 3.162417628774568e-09, -7.840924253697429e-10, 5.192679165254041e-15, 9.358944242306784e-11, -4.513426216163278e-11, 1.0799129993116828e-11, -3.661886712685252e-17, -1.210902069055155e-12, 5.680743584990564e-13, -1.3249659916340829e-13, 1.8987240764284076e-19, 1.4193390236794701e-14, -6.523214701424697e-15, 1.4925242636202885e-15, -8.800389458732369e-22,
        // c_6
        0.0005313079364639922, -0.0005921664373536939, 0.0002708782096718045, 7.902353232660328e-07, -8.153969367561969e-05, 5.61168275310625e-05, -1.8329116582843375e-05, -3.0796134506033047e-09, 3.465155368803609e-06, -2.0291327396058603e-06, 5.788792863149004e-07, 2.338630673826657e-13, -8.828600746330484e-08, 4.7435958880408125e-08, -1.2545415020710383e-08, 8.649648858010293e-14, 1.6846058979264062e-09, -8.575492823577594e-10, 2.1598224929232125e-10, -7.613230520476153e-16, -2.6639822008536144e-11, 1.3065700536611057e-11, -3.1799163902367977e-12, 4.710976121367431e-18, 3.6902800842763465e-13, -1.7612674046201426e-13, 4.179066786051478e-14, -2.5344679379178804e-20, -4.632065942001605e-15, 2.165145485964643e-15,
        // c_7
        0.00034436760689237765, 5.171790908260592e-05, -0.00033493161081142234, 0.0002812695154763237, -0.00010976582244684731, -1.2741009095484485e-07, 2.7744451511563645e-05, -1.8263488805711332e-05, 5.7876949497350525e-06, 4.93875893393627e-10, -1.0595367014026043e-06, 6.166714376110408e-07, -1.7562973359060463e-07, -1.297447328701544e-12, 2.695423606288966e-08, -1.4578352908731272e-08, 3.887645959386175e-09, -3.881002251019412e-17, -5.327994173877286e-10, 2.7437977643314844e-10, -6.995796092070568e-11, 2.589986387486848e-17, 8.856689099669639e-12, -4.403168815871311e-12, 1.0865561947091654e-12, -2.0467988447416678e-19, -1.2969794421692939e-13, 6.278922059147728e-14, -1.5112948371679396e-14, 1.1708345473797399e-21,
        // c_8
        -0.0006526239185953094, 0.0008394987206720873, -0.000438297098541721, -6.969091458420552e-07, 0.00016644846642067547, -0.00012783517679769218, 4.629953263691304e-05, 4.557909867922708e-09, -1.0595271125805195e-05, 6.783342904865167e-06, -2.1075476666258803e-06, -1.7213731432817144e-11, 3.773587741611098e-07, -2.1867506700122867e-07, 6.220228804018927e-08, 6.597703826733e-16, -9.590386497425686e-09, 5.213214492280807e-09, -1.3991589583935709e-09, 5.382058999060575e-16, 1.9484714275467745e-10, -1.0127287556389682e-10, 2.6077347197254926e-11, -5.090418699993299e-18, -3.3721464474854593e-12, 1.6953089140808568e-12, -4.2316254586191543e-13, 3.3823327480704694e-20, 5.171393693611211e-14, -2.5337819883238846e-14,
        // c_9
        -0.0005967612901927463, -7.204895416020011e-05, 0.0006782308837667328, -0.0006401475260262758, 0.00027750107634328704, 1.819700838046515e-07, -8.479507117068503e-05, 6.105192082501531e-05, -2.1073920183404862e-05, -8.858589014125599e-10, 4.5284535953805374e-06, -2.8427815022504407e-06, 8.708234177864641e-07, 3.6886101871706966e-12, -1.534469519070206e-07, 8.862466778790695e-08, -2.5184812301826817e-08, -1.0225912098215092e-14, 3.896947075815478e-09, -2.1267304792235634e-09, 5.737013552805138e-10, -1.8877498501697116e-19, -8.093153869465787e-11, 4.23827232834492e-11, -1.1002224534207725e-11, 2.3327607706802836e-19, 1.4479903729175772e-12, -7.347967787383142e-13, 1.8518691673758749e-13, -1.9887568468966824e-21,
    ];
}
