#if RECOGNIZERS_EXPERIMENT
using System.Diagnostics;
using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace Parallax.Cli.Evaluation.Timex;

/// <summary>
/// The measurement behind the decision not to ship Microsoft.Recognizers.Text.DateTime 1.8.13
/// (docs/benchmarks.md). Compiled only with -p:RecognizersExperiment=true, restored through
/// scripts/recognizers-experiment/. Modes: "microsoft" scores its spans and values alone,
/// "fill" keeps Parallax's spans and takes its value where Parallax has none, "values" keeps
/// Parallax's spans and takes its value wherever it found an overlapping expression.
/// </summary>
internal sealed class MicrosoftRecognizerExperiment(string mode)
{
    private readonly Stopwatch _watch = new();

    public TimeSpan Elapsed => _watch.Elapsed;

    public IReadOnlyList<TimexMention> Rewrite(TimeMlDocument document, IReadOnlyList<TimexMention> ours)
    {
        var reference = (document.CreationDate ?? new DateOnly(2000, 1, 1)).ToDateTime(new TimeOnly(12, 0));
        _watch.Start();
        var results = DateTimeRecognizer.RecognizeDateTime(document.Text, Culture.English, DateTimeOptions.None, reference);
        _watch.Stop();
        var theirs = results.Select(r => ToMention(r, reference)).OfType<TimexMention>().ToList();
        return mode switch
        {
            "microsoft" => theirs,
            "fill" => [.. ours.Select(o => o.Value is null && theirs.FirstOrDefault(t => t.Overlaps(o)) is { Value: not null } t ? o with { Value = t.Value } : o)],
            _ => [.. ours.Select(o => theirs.FirstOrDefault(t => t.Overlaps(o)) is { Value: not null } t ? o with { Value = t.Value } : o)],
        };
    }

    private static TimexMention? ToMention(ModelResult result, DateTime reference)
    {
        var kind = result.TypeName.Replace("datetimeV2.", string.Empty, StringComparison.Ordinal);
        var type = kind switch
        {
            "duration" => "DURATION",
            "set" => "SET",
            "time" or "datetime" or "timerange" or "datetimerange" => "TIME",
            _ => "DATE",
        };
        var values = result.Resolution is { } resolution && resolution.TryGetValue("values", out var v) && v is IEnumerable<Dictionary<string, string>> list ? list.ToList() : [];
        return new TimexMention(result.Start, result.End - result.Start + 1, type, Value(values, reference));
    }

    /// <summary>
    /// Its timex when it is one TimeML value; for an ambiguous one ("XXXX-WXX-1", a weekday) the
    /// resolved date nearest the reference, which is what a TimeML annotator writes.
    /// </summary>
    private static string? Value(List<Dictionary<string, string>> values, DateTime reference)
    {
        if (values.Count == 0 || !values[0].TryGetValue("timex", out var timex))
        {
            return null;
        }

        if (timex.StartsWith('(') || !timex.Contains('X', StringComparison.Ordinal) || timex.StartsWith('P'))
        {
            return timex.StartsWith('(') ? null : timex;
        }

        var dates = values
            .Select(d => d.TryGetValue("value", out var value) && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateTime?)null)
            .OfType<DateTime>()
            .ToList();
        return dates.Count == 0 ? timex : dates.OrderBy(d => Math.Abs((d - reference).TotalDays)).First().ToString(timex.Contains('T', StringComparison.Ordinal) ? "yyyy-MM-ddTHH:mm" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
#endif
