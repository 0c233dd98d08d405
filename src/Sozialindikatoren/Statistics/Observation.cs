using System.Globalization;

namespace Sozialindikatoren.Statistics;

/// <summary>
/// A statistical value with its status (<em>Beobachtung</em>, <em>Tabellenwert</em>): a number where one exists, and the
/// official symbol that says whether it exists and how far it can be trusted.
/// </summary>
/// <remarks>
/// <para>A value whose status carries no number (<see cref="ValueStatusExtensions.HasValue"/> is false) has
/// <see cref="Value"/> = <see cref="double.NaN"/>; read it only through <see cref="TryGetValue"/> or after checking
/// <see cref="HasValue"/>. Exact zero (<c>-</c>) has value 0 and is a real number, never missing.</para>
/// <para>Immutable; equality is by value and status (NaN values with the same status are equal).</para>
/// </remarks>
/// <threadsafety>Immutable value type; thread-safe.</threadsafety>
public readonly partial struct Observation : IEquatable<Observation>
{
    /// <summary>Creates an observation.</summary>
    /// <param name="value">The number; must be finite when the status carries a number, and is ignored (stored as NaN) otherwise.</param>
    /// <param name="status">The status; <see cref="ValueStatus.ExactZero"/> requires value 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite although the status carries a number, or an exact zero is not 0.</exception>
    public Observation(double value, ValueStatus status = ValueStatus.Exact)
    {
        if (!Enum.IsDefined(status))
            throw new ArgumentOutOfRangeException(nameof(status), status, "status: unknown value status.");
        if (status.HasValue())
        {
            if (!double.IsFinite(value))
                throw new ArgumentOutOfRangeException(nameof(value), value, $"value: must be a finite number for status {status}, was {value.ToString(CultureInfo.InvariantCulture)}.");
            if (status == ValueStatus.ExactZero && value != 0)
                throw new ArgumentOutOfRangeException(nameof(value), value, $"value: an exact zero ('-') must be 0, was {value.ToString(CultureInfo.InvariantCulture)}.");
            Value = value;
        }
        else
        {
            Value = double.NaN;
        }
        Status = status;
    }

    /// <summary>The number, or <see cref="double.NaN"/> when the status carries none.</summary>
    public double Value { get; }

    /// <summary>The status of the value.</summary>
    public ValueStatus Status { get; }

    /// <summary>Whether the observation carries a number.</summary>
    public bool HasValue => Status.HasValue();

    /// <summary>An exact value.</summary>
    /// <param name="value">A finite number.</param>
    /// <returns>The observation.</returns>
    public static Observation Of(double value) => new(value, ValueStatus.Exact);

    /// <summary>The exact zero (<c>-</c>).</summary>
    public static Observation ExactZero => new(0, ValueStatus.ExactZero);

    /// <summary>A missing value without an official symbol.</summary>
    public static Observation Missing => new(double.NaN, ValueStatus.Missing);

    /// <summary>A suppressed (secret) value (<c>.</c>).</summary>
    public static Observation Suppressed => new(double.NaN, ValueStatus.Suppressed);

    /// <summary>Gets the number when there is one.</summary>
    /// <param name="value">The number, or NaN.</param>
    /// <returns>Whether a number exists.</returns>
    public bool TryGetValue(out double value)
    {
        value = Value;
        return HasValue;
    }

    /// <inheritdoc />
    public bool Equals(Observation other) =>
        Status == other.Status && (Value.Equals(other.Value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Observation o && Equals(o);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Status);

    /// <summary>Equality by value and status.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(Observation left, Observation right) => left.Equals(right);

    /// <summary>Inequality by value and status.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Observation left, Observation right) => !left.Equals(right);

    /// <summary>The value in invariant culture with its official symbol, e.g. <c>12.5</c>, <c>-</c>, <c>.</c> or <c>3 p</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (!HasValue) return Status == ValueStatus.Missing ? "" : Status.Symbol();
        if (Status == ValueStatus.ExactZero) return "-";
        var number = Value.ToString("R", CultureInfo.InvariantCulture);
        return Status switch
        {
            ValueStatus.Exact => number,
            ValueStatus.Uncertain => "(" + number + ")",
            _ => number + " " + Status.Symbol(),
        };
    }
}
