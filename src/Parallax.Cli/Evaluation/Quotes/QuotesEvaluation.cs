using System.Diagnostics;
using System.Globalization;
using System.Text;
using Parallax.Analysis;
using Parallax.Articles;
using Parallax.Entities;
using Parallax.Pipeline;
using Parallax.Quotes;
using Parallax.Segmentation;
using Parallax.Text;

namespace Parallax.Cli.Evaluation.Quotes;

/// <summary>What one run of the quote evaluation measured.</summary>
internal sealed record QuotesEvaluationResult(int Documents, int Sentences, TimeSpan Elapsed, AttributionCounts All, AttributionCounts Speech);

/// <summary>
/// Runs the quotation stage (with the segmentation and entity stages it needs) on each document's
/// text exactly as given, so that its spans line up with the gold offsets, and scores it.
/// </summary>
internal static class QuotesEvaluation
{
    public static QuotesEvaluationResult Run(IReadOnlyList<PolNearDocument> documents, DirectoryInfo? predictions, Action<int>? progress = null)
    {
        var pipeline = new AnalysisPipelineBuilder().UseSegmentation().UseEntities().UseQuotes().Build();
        var scorer = new AttributionScorer();
        var sentences = 0;
        var elapsed = TimeSpan.Zero;
        predictions?.Create();
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var article = new Article { Id = document.Name, Title = string.Empty, Language = "en", Text = document.Text };
            var start = Stopwatch.GetTimestamp();
            var analysis = pipeline.Analyze(article);
            elapsed += Stopwatch.GetElapsedTime(start);
            sentences += analysis.Sentences.Count;

            var system = ToAttributions(document.Text, analysis.Quotes);
            scorer.Add(document.Text, document.Gold, system);
            if (predictions is not null)
            {
                File.WriteAllText(Path.Combine(predictions.FullName, document.Name + ".ann"), BratText(document.Text, system));
            }

            progress?.Invoke(i + 1);
        }

        return new QuotesEvaluationResult(documents.Count, sentences, elapsed, scorer.All, scorer.Speech);
    }

    /// <summary>
    /// Quotes in PolNeAR's scheme, where one attribution is one cue: the pieces of a quotation
    /// interrupted by its attribution ("“...,” she said. “...”") are one attribution with several
    /// content fragments. PolNeAR gives each token to at most one attribution, so a cue nested inside
    /// another quote's content (a report within a report) is left out, and the content of reported
    /// speech starts at its "that", which PolNeAR counts as part of it.
    /// </summary>
    internal static List<BratAttribution> ToAttributions(string text, IReadOnlyList<Quote> quotes)
    {
        var contents = quotes.Select(q => q.Content).ToList();
        return [.. quotes
            .Where(q => q.Cue is not { } cue || !contents.Any(c => c != q.Content && c.Contains(cue)))
            .GroupBy(q => q.Cue is { } cue ? (object)cue : q)
            .Select(g =>
            {
                var first = g.OrderBy(q => q.Content.Start).First();
                return new BratAttribution(
                    first.Speaker.Span is { } speaker ? [speaker] : [],
                    first.Cue is { } cue ? [cue] : [],
                    [.. g.Select(q => WithThat(text, q.Content)).OrderBy(c => c.Start)]);
            })];
    }

    private static Span WithThat(string text, Span content)
    {
        var start = content.Start;
        while (start > 0 && char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        return start >= 4 && text.AsSpan(start - 4, 4).Equals("that", StringComparison.OrdinalIgnoreCase)
            && (start == 4 || !char.IsLetter(text[start - 5]))
            ? Span.FromBounds(start - 4, content.End)
            : content;
    }

    /// <summary>PolNeAR's scheme: Source, Cue and Content text-bound annotations, an Attribution trigger on the cue, and the event tying them.</summary>
    internal static string BratText(string text, IReadOnlyList<BratAttribution> attributions)
    {
        var builder = new StringBuilder();
        var t = 0;
        var e = 0;
        string Bound(string type, IReadOnlyList<Span> spans)
        {
            var id = "T" + (++t).ToString(CultureInfo.InvariantCulture);
            var offsets = string.Join(';', spans.Select(s => string.Create(CultureInfo.InvariantCulture, $"{CodePoints.FromUtf16(text, s.Start)} {CodePoints.FromUtf16(text, s.End)}")));
            var covered = string.Join(' ', spans.Select(s => s.Of(text).Replace('\n', ' ')));
            builder.Append(CultureInfo.InvariantCulture, $"{id}\t{type} {offsets}\t{covered}\n");
            return id;
        }

        foreach (var a in attributions)
        {
            var source = a.Source.Count > 0 ? Bound("Source", a.Source) : null;
            var cue = a.Cue.Count > 0 ? Bound("Cue", a.Cue) : null;
            var content = Bound("Content", a.Content);
            var trigger = Bound("Attribution", a.Cue.Count > 0 ? a.Cue : a.Content);
            var arguments = new StringBuilder($"Attribution:{trigger} Content:{content}");
            if (cue is not null)
            {
                arguments.Append(" Cue:").Append(cue);
            }

            if (source is not null)
            {
                arguments.Append(" Source:").Append(source);
            }

            builder.Append(CultureInfo.InvariantCulture, $"E{++e}\t{arguments}\n");
        }

        return builder.ToString();
    }
}
