using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sozialindikatoren.Text;

/// <summary>
/// The shortest round-trip text of a double (<em>kürzeste rückwandelbare Darstellung</em>), byte for byte what
/// <c>double.ToString("R", CultureInfo.InvariantCulture)</c> writes, in about a third of the time (BenchmarkDotNet,
/// docs/performance.md): the machine-readable
/// number format of every CSV and JSON output (<see cref="Invariant.Number(double)"/>) and of the streamed row jobs.
/// </summary>
/// <remarks>
/// <para>Digits: Ryū (Ulf Adams, "Ryū: fast float-to-string conversion", PLDI 2018; the reference implementation
/// <c>ulfjack/ryu</c>, <c>d2s.c</c>, Apache-2.0/Boost): the shortest decimal d₁…dₙ × 10^e inside the interval of reals
/// that read back to the same double (bounds included for an even significand, as round-to-even reading does), of
/// those the closest to the exact value, a tie rounded to even. The 128-bit powers of five are computed once with
/// <see cref="BigInteger"/> (the reference implementation's table generator); whole numbers below 10¹⁵ skip the
/// search and are written as integers (the same digits).</para>
/// <para>Layout: .NET's general format of shortest digits — scientific (<c>1.5E-05</c>, <c>1.23E+17</c>: mantissa,
/// <c>E</c>, sign, at least two exponent digits) when the decimal exponent e ≥ max(n, 17) or e &lt; −4, else positional
/// (<c>0.0001</c>, <c>123.45</c>, <c>10000000000000000</c>).</para>
/// <para>Handed to .NET itself (<c>"R"</c>, the same text by definition): NaN, ±∞, −0 and magnitudes ≥ 2⁵³, where the
/// interval bounds are whole numbers and .NET's digit generation may treat a bound differently. Tests compare both
/// byte for byte over millions of seeded random bit patterns and every power of two and ten.</para>
/// <para>One deliberate difference: for some powers of two .NET 10's "R" writes one digit too few, a text that does
/// not read back to the same double (2⁻⁹⁵⁸: .NET <c>4.104536801298376E-289</c>, which reads back as its neighbour;
/// here <c>4.1045368012983762E-289</c>). The round-trip promise wins; the tests check that every such case is one
/// where .NET's text does not read back.</para>
/// </remarks>
/// <threadsafety>Pure; thread-safe (the tables are built once, before first use).</threadsafety>
internal static class RoundTrip
{
    /// <summary>Room the longest text needs ("-2.2250738585072014E-308" is 24 characters).</summary>
    public const int MaxLength = 32;

    private const int MantissaBits = 52;
    private const int ExponentBias = 1023;
    private const int Pow5BitCount = 125;
    private const double FallbackLimit = 9007199254740992.0; // 2⁵³
    private const double IntegerLimit = 1e15; // whole numbers below it are written as integers

    // 5^i scaled to 125 bits (low, high 64-bit halves), for the reference implementation's index range.
    private static readonly ulong[] Pow5Split = BuildPow5Split(326);

    private static ReadOnlySpan<byte> TwoDigits => "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    /// <summary>Writes <paramref name="value"/> as UTF-8 (the "R" text; NaN, "Infinity", "-Infinity" as .NET writes them).</summary>
    /// <param name="value">The value.</param>
    /// <param name="destination">The target; <see cref="MaxLength"/> bytes always suffice.</param>
    /// <param name="written">The bytes written.</param>
    /// <returns>False when <paramref name="destination"/> is too short (nothing useful written).</returns>
    public static bool TryFormat(double value, Span<byte> destination, out int written)
    {
        if (!Fast(value)) return value.TryFormat(destination, out written, "R", CultureInfo.InvariantCulture);
        if (destination.Length >= MaxLength)
        {
            written = Write(value, destination);
            return true;
        }
        Span<byte> buffer = stackalloc byte[MaxLength];
        var n = Write(value, buffer);
        written = 0;
        if (n > destination.Length) return false;
        buffer[..n].CopyTo(destination);
        written = n;
        return true;
    }

    /// <summary>Writes <paramref name="value"/> as UTF-16 (the "R" text).</summary>
    /// <param name="value">The value.</param>
    /// <param name="destination">The target; <see cref="MaxLength"/> characters always suffice.</param>
    /// <param name="written">The characters written.</param>
    /// <returns>False when <paramref name="destination"/> is too short.</returns>
    public static bool TryFormat(double value, Span<char> destination, out int written)
    {
        if (!Fast(value)) return value.TryFormat(destination, out written, "R", CultureInfo.InvariantCulture);
        Span<byte> buffer = stackalloc byte[MaxLength];
        var n = Write(value, buffer);
        written = 0;
        if (n > destination.Length) return false;
        for (var i = 0; i < n; i++) destination[i] = (char)buffer[i];
        written = n;
        return true;
    }

    /// <summary>The "R" text of <paramref name="value"/> as a string.</summary>
    /// <param name="value">The value.</param>
    /// <returns>e.g. <c>0.1</c>, <c>1E-07</c>, <c>-0</c>, <c>NaN</c>.</returns>
    public static string ToString(double value)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        TryFormat(value, buffer, out var n);
        return new string(buffer[..n]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Fast(double value) => Math.Abs(value) < FallbackLimit && (value != 0 || !double.IsNegative(value));

    /// <summary>Writes a finite double of magnitude below 2⁵³ (not −0) into at least <see cref="MaxLength"/> bytes;
    /// returns the bytes written.</summary>
    private static int Write(double value, Span<byte> destination)
    {
        var bits = BitConverter.DoubleToUInt64Bits(value);
        var pos = 0;
        if ((long)bits < 0) destination[pos++] = (byte)'-';
        var mantissa = bits & ((1UL << MantissaBits) - 1);
        var exponent = (int)((bits >> MantissaBits) & 0x7FF);
        if (exponent == 0 && mantissa == 0)
        {
            destination[pos] = (byte)'0';
            return pos + 1;
        }
        var magnitude = Math.Abs(value);
        if (magnitude < IntegerLimit && (double)(long)magnitude == magnitude)
        {
            // A whole number below 10¹⁵: its own digits are the shortest text, written positionally.
            var whole = (ulong)magnitude;
            var length = DecimalLength(whole);
            WriteDigits(whole, destination.Slice(pos, length));
            return pos + length;
        }
        Shortest(mantissa, exponent, out var digits, out var e10);
        // Ryū's shortest digits end in zero only for whole numbers; the count decides the layout.
        while (digits >= 10 && digits % 10 == 0)
        {
            digits /= 10;
            e10++;
        }
        var n = DecimalLength(digits);
        var e = e10 + n - 1; // value = d₁.d₂…dₙ × 10^e
        if (e >= Math.Max(n, 17) || e < -4)
        {
            // d₁ then '.' and the rest: write all digits one place to the right, then move d₁ in front of the point.
            WriteDigits(digits, destination.Slice(pos + 1, n));
            destination[pos] = destination[pos + 1];
            if (n > 1)
            {
                destination[pos + 1] = (byte)'.';
                pos += n + 1;
            }
            else
            {
                pos++;
            }
            destination[pos++] = (byte)'E';
            destination[pos++] = e < 0 ? (byte)'-' : (byte)'+';
            var a = Math.Abs(e);
            if (a >= 100)
            {
                destination[pos++] = (byte)('0' + a / 100);
                a %= 100;
            }
            destination[pos++] = TwoDigits[2 * a];
            destination[pos++] = TwoDigits[2 * a + 1];
            return pos;
        }
        if (e < 0)
        {
            // 0.0…0d₁…dₙ
            destination[pos++] = (byte)'0';
            destination[pos++] = (byte)'.';
            for (var i = -1; i > e; i--) destination[pos++] = (byte)'0';
            WriteDigits(digits, destination.Slice(pos, n));
            return pos + n;
        }
        if (n <= e + 1)
        {
            // d₁…dₙ0…0
            WriteDigits(digits, destination.Slice(pos, n));
            pos += n;
            for (var i = n; i <= e; i++) destination[pos++] = (byte)'0';
            return pos;
        }
        // d₁…d₍ₑ₊₁₎.d₍ₑ₊₂₎…dₙ: all digits one place to the right, then the integer digits back one place, then the point.
        WriteDigits(digits, destination.Slice(pos + 1, n));
        destination.Slice(pos + 1, e + 1).CopyTo(destination.Slice(pos, e + 1));
        destination[pos + e + 1] = (byte)'.';
        return pos + n + 1;
    }

    /// <summary>The decimal digits of <paramref name="v"/> right-aligned into <paramref name="d"/> (exactly its length).</summary>
    private static void WriteDigits(ulong v, Span<byte> d)
    {
        // Two digits per store from the pair table; the span's length was checked by the caller's slice.
        ref var start = ref MemoryMarshal.GetReference(d);
        var i = d.Length;
        while (v >= 100_000_000)
        {
            // The low eight digits in 32-bit arithmetic, straight through (a 17-digit number: twice, then one digit).
            var high = v / 100_000_000;
            var low = (uint)(v - 100_000_000 * high);
            v = high;
            var c = low % 10000;
            low /= 10000;
            Two(ref start, i - 2, c % 100);
            Two(ref start, i - 4, c / 100);
            Two(ref start, i - 6, low % 100);
            Two(ref start, i - 8, low / 100);
            i -= 8;
        }
        var w = (uint)v;
        while (w >= 100)
        {
            var q = w / 100;
            Two(ref start, i - 2, w - 100 * q);
            w = q;
            i -= 2;
        }
        if (w >= 10) Two(ref start, i - 2, w);
        else Unsafe.Add(ref start, i - 1) = (byte)('0' + w);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Two(ref byte start, int at, uint v) =>
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref start, at), Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(TwoDigits), (int)(2 * v))));

    private static int DecimalLength(ulong v) =>
        v >= 10000000000000000 ? 17 : v >= 1000000000000000 ? 16 : v >= 100000000000000 ? 15 : v >= 10000000000000 ? 14 :
        v >= 1000000000000 ? 13 : v >= 100000000000 ? 12 : v >= 10000000000 ? 11 : v >= 1000000000 ? 10 :
        v >= 100000000 ? 9 : v >= 10000000 ? 8 : v >= 1000000 ? 7 : v >= 100000 ? 6 : v >= 10000 ? 5 :
        v >= 1000 ? 4 : v >= 100 ? 3 : v >= 10 ? 2 : 1;

    /// <summary>Ryū's <c>d2d</c>: the shortest, closest decimal digits and exponent (value = digits × 10^e10) of a
    /// positive finite double given by its raw significand and biased exponent.</summary>
    private static void Shortest(ulong ieeeMantissa, int ieeeExponent, out ulong output, out int e10)
    {
        int e2;
        ulong m2;
        if (ieeeExponent == 0)
        {
            e2 = 1 - ExponentBias - MantissaBits - 2;
            m2 = ieeeMantissa;
        }
        else
        {
            e2 = ieeeExponent - ExponentBias - MantissaBits - 2;
            m2 = (1UL << MantissaBits) | ieeeMantissa;
        }
        var acceptBounds = (m2 & 1) == 0;
        var mv = 4 * m2;
        var mmShift = ieeeMantissa != 0 || ieeeExponent <= 1 ? 1UL : 0UL;
        ulong vr, vp, vm;
        var vmIsTrailingZeros = false;
        var vrIsTrailingZeros = false;
        // Every value that reaches here is below 2⁵³ (larger ones go to .NET), so e2 < 0: only the reference
        // implementation's branch for negative binary exponents is needed (and only the table of 5^i).
        if (e2 >= 0) throw new UnreachableException("RoundTrip.Shortest: magnitudes ≥ 2⁵³ are formatted by .NET.");
        var q = Log10Pow5(-e2) - (-e2 > 1 ? 1 : 0);
        e10 = q + e2;
        var i = -e2 - q;
        var k = Pow5Bits(i) - Pow5BitCount;
        var j = q - k;
        vr = MulShiftAll(m2, Pow5Split, i, j, mmShift, out vp, out vm);
        if (q <= 1)
        {
            vrIsTrailingZeros = true;
            if (acceptBounds) vmIsTrailingZeros = mmShift == 1;
            else vp--;
        }
        else if (q < 63)
        {
            vrIsTrailingZeros = (mv & ((1UL << q) - 1)) == 0;
        }

        var removed = 0;
        if (vmIsTrailingZeros || vrIsTrailingZeros)
        {
            // The general case (rare): track whether the removed digits are all zeros, for the exact ties.
            var lastRemovedDigit = 0;
            for (;;)
            {
                var vpDiv10 = vp / 10;
                var vmDiv10 = vm / 10;
                if (vpDiv10 <= vmDiv10) break;
                var vmMod10 = (int)(vm - 10 * vmDiv10);
                var vrDiv10 = vr / 10;
                var vrMod10 = (int)(vr - 10 * vrDiv10);
                vmIsTrailingZeros &= vmMod10 == 0;
                vrIsTrailingZeros &= lastRemovedDigit == 0;
                lastRemovedDigit = vrMod10;
                vr = vrDiv10;
                vp = vpDiv10;
                vm = vmDiv10;
                removed++;
            }
            if (vmIsTrailingZeros)
            {
                for (;;)
                {
                    var vmDiv10 = vm / 10;
                    var vmMod10 = (int)(vm - 10 * vmDiv10);
                    if (vmMod10 != 0) break;
                    var vpDiv10 = vp / 10;
                    var vrDiv10 = vr / 10;
                    var vrMod10 = (int)(vr - 10 * vrDiv10);
                    vrIsTrailingZeros &= lastRemovedDigit == 0;
                    lastRemovedDigit = vrMod10;
                    vr = vrDiv10;
                    vp = vpDiv10;
                    vm = vmDiv10;
                    removed++;
                }
            }
            if (vrIsTrailingZeros && lastRemovedDigit == 5 && vr % 2 == 0) lastRemovedDigit = 4; // exactly …50…0: to even
            output = vr + ((vr == vm && (!acceptBounds || !vmIsTrailingZeros)) || lastRemovedDigit >= 5 ? 1UL : 0UL);
        }
        else
        {
            // The common case: two digits at a time first.
            var roundUp = false;
            var vpDiv100 = vp / 100;
            var vmDiv100 = vm / 100;
            if (vpDiv100 > vmDiv100)
            {
                var vrDiv100 = vr / 100;
                var vrMod100 = (int)(vr - 100 * vrDiv100);
                roundUp = vrMod100 >= 50;
                vr = vrDiv100;
                vp = vpDiv100;
                vm = vmDiv100;
                removed += 2;
            }
            for (;;)
            {
                var vpDiv10 = vp / 10;
                var vmDiv10 = vm / 10;
                if (vpDiv10 <= vmDiv10) break;
                var vrDiv10 = vr / 10;
                var vrMod10 = (int)(vr - 10 * vrDiv10);
                roundUp = vrMod10 >= 5;
                vr = vrDiv10;
                vp = vpDiv10;
                vm = vmDiv10;
                removed++;
            }
            output = vr + (vr == vm || roundUp ? 1UL : 0UL);
        }
        e10 += removed;
    }

    /// <summary>Ryū's <c>mulShiftAll64</c>: (4m × T) &gt;&gt; j, and the same for 4m + 2 and 4m − 1 − mmShift, from one
    /// 192-bit product 2m × T of the 128-bit table entry T (two 64-bit multiplications instead of six; the
    /// reference's variant for platforms without a fast 128-bit multiply, exact like the other). j ≥ 65, m &lt; 2⁵⁴.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MulShiftAll(ulong m, ulong[] table, int index, int j, ulong mmShift, out ulong vp, out ulong vm)
    {
        var t0 = table[2 * index];
        var t1 = table[2 * index + 1];
        m <<= 1;
        var tmp = Math.BigMul(m, t0, out var lo);
        var hi = Math.BigMul(m, t1, out var midLow);
        var mid = tmp + midLow;
        if (mid < tmp) hi++;

        // (2m + 1) × T for vp
        var lo2 = lo + t0;
        var mid2 = mid + t1 + (lo2 < lo ? 1UL : 0UL);
        var hi2 = hi + (mid2 < mid ? 1UL : 0UL);
        vp = ShiftRight128(mid2, hi2, j - 64 - 1);
        if (mmShift == 1)
        {
            // (2m − 1) × T for vm
            var lo3 = lo - t0;
            var mid3 = mid - t1 - (lo3 > lo ? 1UL : 0UL);
            var hi3 = hi - (mid3 > mid ? 1UL : 0UL);
            vm = ShiftRight128(mid3, hi3, j - 64 - 1);
        }
        else
        {
            // (4m − 1) × T for vm
            var lo3 = lo + lo;
            var mid3 = mid + mid + (lo3 < lo ? 1UL : 0UL);
            var hi3 = hi + hi + (mid3 < mid ? 1UL : 0UL);
            var lo4 = lo3 - t0;
            var mid4 = mid3 - t1 - (lo4 > lo3 ? 1UL : 0UL);
            var hi4 = hi3 - (mid4 > mid3 ? 1UL : 0UL);
            vm = ShiftRight128(mid4, hi4, j - 64);
        }
        return ShiftRight128(mid, hi, j - 64 - 1);
    }

    /// <summary>The 128-bit (hi, lo) shifted right by 0 &lt; dist &lt; 64 bits, low 64 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ShiftRight128(ulong lo, ulong hi, int dist) => (hi << (64 - dist)) | (lo >> dist);

    private static int Pow5Bits(int e) => (int)(((uint)e * 1217359) >> 19) + 1;

    private static int Log10Pow5(int e) => (int)(((uint)e * 732923) >> 20);

    private static ulong[] BuildPow5Split(int size)
    {
        var table = new ulong[2 * size];
        var pow = BigInteger.One;
        for (var i = 0; i < size; i++, pow *= 5)
        {
            var shift = (int)pow.GetBitLength() - Pow5BitCount;
            Store(table, i, shift >= 0 ? pow >> shift : pow << -shift);
        }
        return table;
    }

    private static void Store(ulong[] table, int i, BigInteger v)
    {
        var mask = (BigInteger.One << 64) - 1;
        table[2 * i] = (ulong)(v & mask);
        table[2 * i + 1] = (ulong)(v >> 64);
    }
}
