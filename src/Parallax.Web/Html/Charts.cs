using System.Globalization;
using System.Text;
using Parallax.Briefing;
using Parallax.Web.Stories;

namespace Parallax.Web.Html;

/// <summary>
/// Small SVG charts drawn on the server, so they read without JavaScript. Styling comes from the
/// stylesheet through classes (the CSP forbids inline styles); every chart has a text alternative.
/// </summary>
internal static class Charts
{
    private const int MaxDays = 120;

    /// <summary>Articles per day as a tiny line, for the story list.</summary>
    public static Markup Sparkline(IReadOnlyList<DayCount> perDay)
    {
        var days = Daily(perDay, out var first);
        if (days.Length == 0)
        {
            return Markup.Of($"<span class=\"sparkline-none\">no dates</span>");
        }

        const double width = 120, height = 28;
        var max = Math.Max(1, days.Max());
        var step = days.Length > 1 ? width / (days.Length - 1) : 0;
        var points = new StringBuilder();
        for (var i = 0; i < days.Length; i++)
        {
            var x = days.Length > 1 ? i * step : width / 2;
            var y = height - 2 - ((height - 4) * days[i] / max);
            points.Append(CultureInfo.InvariantCulture, $"{x:0.#},{y:0.#} ");
        }

        var label = $"{days.Sum()} articles over {days.Length} day(s) from {first:yyyy-MM-dd}, at most {max} a day";
        // A single day is a point, which a line cannot show.
        var mark = days.Length == 1
            ? Markup.Of($"""<circle cx="{width / 2}" cy="{height / 2}" r="3"/>""")
            : Markup.Of($"""<polyline points="{points.ToString().TrimEnd()}"/>""");
        return Markup.Of($"""<svg class="sparkline" role="img" aria-label="{label}" viewBox="0 0 {width} {height}" width="{width}" height="{height}"><title>{label}</title>{mark}</svg>""");
    }

    /// <summary>Articles per day as bars, with the story's day-precise timeline events as markers above them.</summary>
    public static Markup Timeline(IReadOnlyList<DayCount> perDay, IReadOnlyList<TimelineEntry> events)
    {
        var articleDays = perDay.Select(d => StorySummary.ParseDay(d.Date)).OfType<DateOnly>().ToList();
        var eventDays = events.Select(e => (Day: StorySummary.ParseDay(e.Date), e.Text)).Where(e => e.Day is not null).ToList();
        var all = articleDays.Concat(eventDays.Select(e => e.Day!.Value)).ToList();
        if (all.Count == 0)
        {
            return Markup.Of($"<p class=\"muted\">No dated articles or events to chart.</p>");
        }

        // Events long before or after the coverage (background, old precedents) would squash the
        // chart; they stay in the list below it.
        var anchor = articleDays.Count > 0 ? articleDays : all;
        var first = new[] { anchor.Min().AddDays(-30), all.Min() }.Max();
        var last = new[] { anchor.Max().AddDays(30), all.Max() }.Min();
        var span = Math.Min(MaxDays, last.DayNumber - first.DayNumber + 1);
        const double width = 640, height = 150, baseline = 120, barTop = 60;
        var dayWidth = width / span;
        var max = Math.Max(1, perDay.Select(d => d.Count).DefaultIfEmpty(0).Max());
        var parts = new List<Markup>();
        foreach (var day in perDay)
        {
            var i = StorySummary.ParseDay(day.Date) is { } date ? date.DayNumber - first.DayNumber : -1;
            if (i < 0 || i >= span)
            {
                continue;
            }

            var h = (baseline - barTop) * day.Count / max;
            parts.Add(Markup.Of($"""<rect class="bar" x="{i * dayWidth:0.#}" y="{baseline - h:0.#}" width="{Math.Max(1, dayWidth - 1):0.#}" height="{h:0.#}"><title>{day.Date}: {day.Count} article(s)</title></rect>"""));
        }

        foreach (var (day, text) in eventDays)
        {
            var i = day!.Value.DayNumber - first.DayNumber;
            if (i >= 0 && i < span)
            {
                parts.Add(Markup.Of($"""<circle class="event" cx="{(i + 0.5) * dayWidth:0.#}" cy="30" r="5"><title>{day:yyyy-MM-dd}: {text}</title></circle>"""));
            }
        }

        var end = first.AddDays(span - 1);
        var label = $"Timeline from {first:yyyy-MM-dd} to {end:yyyy-MM-dd}: bars are articles per day, dots are dated events";
        return Markup.Of($"""
            <svg class="timeline-chart" role="img" aria-label="{label}" viewBox="0 0 {width} {height}" preserveAspectRatio="xMinYMin meet">
            <title>{label}</title>
            <line class="axis" x1="0" y1="{baseline}" x2="{width}" y2="{baseline}"/>
            <line class="axis" x1="0" y1="30" x2="{width}" y2="30"/>
            {Markup.Join(parts)}
            <text x="0" y="{height - 8}">{first:yyyy-MM-dd}</text>
            <text x="{width}" y="{height - 8}" text-anchor="end">{end:yyyy-MM-dd}</text>
            </svg>
            """);
    }

    private static int[] Daily(IReadOnlyList<DayCount> perDay, out DateOnly first)
    {
        var dated = perDay.Select(d => (Day: StorySummary.ParseDay(d.Date), d.Count)).Where(d => d.Day is not null).ToList();
        first = dated.Count > 0 ? dated.Min(d => d.Day!.Value) : default;
        if (dated.Count == 0)
        {
            return [];
        }

        var start = first;
        var days = new int[Math.Min(MaxDays, dated.Max(d => d.Day!.Value).DayNumber - start.DayNumber + 1)];
        foreach (var (day, count) in dated)
        {
            var i = day!.Value.DayNumber - start.DayNumber;
            if (i < days.Length)
            {
                days[i] += count;
            }
        }

        return days;
    }
}
