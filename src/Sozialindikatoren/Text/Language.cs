namespace Sozialindikatoren.Text;

/// <summary>The language of planner-facing output (<em>Ausgabesprache</em>): labels, number and date formats.</summary>
/// <threadsafety>An enum value; immutable and thread-safe.</threadsafety>
public enum Language
{
    /// <summary>German (default): decimal comma, thousands point, dates <c>dd.MM.yyyy</c>, German labels.</summary>
    German = 0,
    /// <summary>English: decimal point, thousands comma, ISO dates, English labels.</summary>
    English = 1,
}
