using Parallax.Articles;

namespace Parallax.Storage.Tests;

/// <summary>
/// Three invented events, two reports each, published months apart (so the clusterer's date window
/// keeps them in three stories whatever their wording): ferry 0-1, frost 2-3, festival 4-5.
/// </summary>
internal static class ThreeEvents
{
    public static readonly Article[] Coverage =
    [
        Report("Ferry runs aground off Kellby", "The ferry Aurelia ran aground on a sandbank off Kellby harbour on Tuesday, and all 212 passengers were brought ashore by lifeboats.", new DateOnly(2030, 1, 8)),
        Report("Kellby ferry passengers rescued", "Lifeboat crews rescued 212 passengers after the ferry Aurelia struck a sandbank near Kellby harbour, the coastguard said.", new DateOnly(2030, 1, 8)),
        Report("Orchard growers count frost damage", "Apple growers in the Tessel valley said a late frost destroyed most blossom in their orchards this week.", new DateOnly(2030, 4, 20)),
        Report("Late frost hits Tessel apple harvest", "A late frost in the Tessel valley killed the blossom on thousands of apple trees, growers reported on Friday.", new DateOnly(2030, 4, 21)),
        Report("Choir wins Varnholm festival", "The Brennick youth choir won first prize at the Varnholm music festival with a programme of folk songs.", new DateOnly(2030, 9, 2)),
        Report("Brennick singers take festival prize", "Singers from Brennick took the top prize at the Varnholm festival on Sunday, the jury announced.", new DateOnly(2030, 9, 2)),
    ];

    public static Article Report(string title, string text, DateOnly published) =>
        new() { Id = ArticleId.FromText(text), Title = title, Language = "en", Text = text, Published = published, Outlet = "Example Outlet" };
}
