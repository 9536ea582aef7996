using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Parallax.Cleaning;

namespace Parallax.Core.Tests.Cleaning;

public class ArticleBodyHintTests
{
    private static readonly string[] Story =
    [
        "Ferry services to the northern islands resumed on Tuesday, three days after the storm closed the harbour.",
        "The operator said that the timetable would return to normal by the weekend, once the backlog had cleared.",
        "Repairs to the damaged pier, which cost an estimated two million, are expected to take until spring.",
        "Islanders who missed hospital appointments during the closure will be offered new dates within a fortnight.",
        "The harbour master thanked the crews who worked through the night to secure the vessels moored inside.",
        "Forecasters expect calmer weather for the rest of the week, with light winds and only scattered showers.",
    ];

    private static readonly string[] Other =
    [
        "A reader writes that the council, again, has failed to grit the hill road, and that buses, as usual, are late.",
        "Another reader, who lives by the shore, says the new sea wall, though ugly, kept the water out, mostly.",
        "A third letter, signed by six neighbours, asks why the library, the pool and the hall all close early.",
    ];

    private static (IElement Body, IElement Story, IElement Other, Dictionary<IElement, TextStats> Stats) Parse()
    {
        var html = $"<html><body><div id=\"story\">{string.Concat(Story.Select(p => $"<p>{p}</p>"))}</div>"
            + $"<div id=\"letters\">{string.Concat(Other.Select(p => $"<p>{p}</p>"))}</div></body></html>";
        var document = new HtmlParser().ParseDocument(html);
        var body = document.Body!;
        return (body, document.GetElementById("story")!, document.GetElementById("letters")!, BlockStatistics.Measure(body));
    }

    [Fact]
    public void Apply_SelectionDisagreesWithDeclaredBody_TakesMatchingElement()
    {
        var (body, story, other, stats) = Parse();

        var chosen = ArticleBodyHint.Apply(body, [other], string.Join(" ", Story), stats);

        Assert.Equal([story], chosen);
    }

    [Fact]
    public void Apply_SelectionAgreesWithDeclaredBody_KeepsSelection()
    {
        var (body, story, _, stats) = Parse();
        List<IElement> selected = [story];

        Assert.Same(selected, ArticleBodyHint.Apply(body, selected, string.Join(" ", Story), stats));
    }

    [Fact]
    public void Apply_TruncatedOrShortDeclaredBody_KeepsSelection()
    {
        var (body, _, other, stats) = Parse();
        List<IElement> selected = [other];

        Assert.Same(selected, ArticleBodyHint.Apply(body, selected, string.Join(" ", Story) + "...", stats));
        Assert.Same(selected, ArticleBodyHint.Apply(body, selected, Story[0], stats));
    }
}
