namespace Sozialindikatoren.Statistics;

/// <content>Arithmetic and aggregation with status propagation (see <see cref="StatusPropagation"/>).</content>
public readonly partial struct Observation
{
    /// <summary>Sum of two observations; status by <see cref="StatusPropagation"/> (a suppressed part makes the sum suppressed).</summary>
    /// <param name="left">The first summand.</param>
    /// <param name="right">The second summand.</param>
    /// <returns>The sum with its propagated status.</returns>
    public static Observation operator +(Observation left, Observation right) => Add(left, right);

    /// <summary>Difference of two observations; status as for <see cref="op_Addition"/>.</summary>
    /// <param name="left">The minuend.</param>
    /// <param name="right">The subtrahend.</param>
    /// <returns>The difference with its propagated status.</returns>
    public static Observation operator -(Observation left, Observation right) => Subtract(left, right);

    /// <summary>Product of two observations; an exact zero factor gives an exact zero when the other factor carries a number.</summary>
    /// <param name="left">The first factor.</param>
    /// <param name="right">The second factor.</param>
    /// <returns>The product with its propagated status.</returns>
    public static Observation operator *(Observation left, Observation right) => Multiply(left, right);

    /// <summary>Quotient of two observations; a zero denominator gives not applicable (<c>x</c>).</summary>
    /// <param name="left">The numerator.</param>
    /// <param name="right">The denominator.</param>
    /// <returns>The quotient with its propagated status.</returns>
    public static Observation operator /(Observation left, Observation right) => Divide(left, right);

    /// <summary>Sum of two observations (<c>a + b</c>) with status propagation.</summary>
    /// <param name="left">The first summand.</param>
    /// <param name="right">The second summand.</param>
    /// <returns>The sum; no number when either input has none (status of higher severity).</returns>
    public static Observation Add(Observation left, Observation right)
    {
        if (!left.HasValue || !right.HasValue) return MissingOf(left.Status, right.Status);
        return new Observation(left.Value + right.Value, ZeroAwareSumStatus(left.Status, right.Status));
    }

    /// <summary>Difference of two observations (<c>a − b</c>) with status propagation.</summary>
    /// <param name="left">The minuend.</param>
    /// <param name="right">The subtrahend.</param>
    /// <returns>The difference; no number when either input has none.</returns>
    public static Observation Subtract(Observation left, Observation right)
    {
        if (!left.HasValue || !right.HasValue) return MissingOf(left.Status, right.Status);
        return new Observation(left.Value - right.Value, ZeroAwareSumStatus(left.Status, right.Status));
    }

    /// <summary>Product of two observations (<c>a · b</c>) with status propagation.</summary>
    /// <param name="left">The first factor.</param>
    /// <param name="right">The second factor.</param>
    /// <returns>The product; an exact zero when a factor is an exact zero and the other an unflagged number.</returns>
    public static Observation Multiply(Observation left, Observation right)
    {
        if (!left.HasValue || !right.HasValue) return MissingOf(left.Status, right.Status);
        var status = StatusPropagation.Combine(left.Status, right.Status);
        var value = left.Value * right.Value;
        if (!double.IsFinite(value)) return new Observation(double.NaN, ValueStatus.NotApplicable);
        if (status == ValueStatus.Exact)
        {
            if (left.Status == ValueStatus.ExactZero || right.Status == ValueStatus.ExactZero) return ExactZero;
            if (left.Status == ValueStatus.RoundedZero || right.Status == ValueStatus.RoundedZero) return new Observation(value, ValueStatus.RoundedZero);
        }
        return new Observation(value, status);
    }

    /// <summary>Quotient of two observations (<c>a / b</c>) with status propagation.</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator.</param>
    /// <returns>The quotient; not applicable (<c>x</c>) when the denominator is zero; an exact zero for an unflagged exact-zero numerator.</returns>
    public static Observation Divide(Observation numerator, Observation denominator)
    {
        if (!numerator.HasValue || !denominator.HasValue) return MissingOf(numerator.Status, denominator.Status);
        if (denominator.Value == 0) return new Observation(double.NaN, ValueStatus.NotApplicable);
        var status = StatusPropagation.Combine(numerator.Status, denominator.Status);
        var value = numerator.Value / denominator.Value;
        if (!double.IsFinite(value)) return new Observation(double.NaN, ValueStatus.NotApplicable);
        if (status == ValueStatus.Exact)
        {
            if (numerator.Status == ValueStatus.ExactZero) return ExactZero;
            if (numerator.Status == ValueStatus.RoundedZero) return new Observation(value, ValueStatus.RoundedZero);
        }
        return new Observation(value, status);
    }

    /// <summary>A rate <c>numerator / denominator × per</c> (e.g. per 1,000 inhabitants) with status propagation.</summary>
    /// <param name="numerator">The count (Zähler).</param>
    /// <param name="denominator">The reference population (Nenner).</param>
    /// <param name="per">The multiplier, e.g. 100, 1,000 or 100,000; must be finite and positive.</param>
    /// <returns>The rate; suppressed when the numerator is suppressed, not applicable when the denominator is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="per"/> is not finite and positive.</exception>
    public static Observation Rate(Observation numerator, Observation denominator, double per = 1)
    {
        if (!(per > 0) || !double.IsFinite(per))
            throw new ArgumentOutOfRangeException(nameof(per), per, "per: the multiplier must be finite and positive.");
        var q = Divide(numerator, denominator);
        return q.HasValue ? new Observation(q.Value * per, q.Status) : q;
    }

    /// <summary>Sum of many observations (aggregation up a hierarchy) with status propagation.</summary>
    /// <param name="parts">The parts.</param>
    /// <returns>An exact zero for no parts; otherwise the sum with the propagated status (no number as soon as one part has none).</returns>
    public static Observation Sum(ReadOnlySpan<Observation> parts)
    {
        if (parts.IsEmpty) return ExactZero;
        var acc = parts[0];
        for (var i = 1; i < parts.Length; i++) acc = Add(acc, parts[i]);
        return acc;
    }

    /// <summary>Sum of many observations; see <see cref="Sum(ReadOnlySpan{Observation})"/>.</summary>
    /// <param name="parts">The parts.</param>
    /// <returns>The sum with its propagated status.</returns>
    public static Observation Sum(IEnumerable<Observation> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var first = true;
        var acc = ExactZero;
        foreach (var p in parts)
        {
            acc = first ? p : Add(acc, p);
            first = false;
        }
        return acc;
    }

    /// <summary>Returns this observation with a value-carrying flag set (e.g. <see cref="ValueStatus.Provisional"/>), unless it already has a status of higher severity.</summary>
    /// <param name="flag">The flag to add.</param>
    /// <returns>The flagged observation; an observation without a number stays as it is unless <paramref name="flag"/> is itself a no-number status of higher severity.</returns>
    public Observation WithFlag(ValueStatus flag)
    {
        if (!flag.HasValue())
            return flag.Severity() >= Status.Severity() || HasValue ? new Observation(double.NaN, flag) : this;
        if (!HasValue) return this;
        var status = StatusPropagation.Combine(Status, flag);
        if (status == ValueStatus.Exact) return this;
        return new Observation(Value, status);
    }

    private static Observation MissingOf(ValueStatus a, ValueStatus b)
    {
        ValueStatus s;
        if (!a.HasValue() && !b.HasValue()) s = a.Severity() >= b.Severity() ? a : b;
        else s = a.HasValue() ? b : a;
        return new Observation(double.NaN, s);
    }

    private static ValueStatus ZeroAwareSumStatus(ValueStatus a, ValueStatus b)
    {
        if (a.IsZeroStatus() && b.IsZeroStatus())
            return a == ValueStatus.RoundedZero || b == ValueStatus.RoundedZero ? ValueStatus.RoundedZero : ValueStatus.ExactZero;
        return StatusPropagation.Combine(a, b);
    }
}
