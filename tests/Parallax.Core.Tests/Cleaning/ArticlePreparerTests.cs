using Parallax.Articles;
using Parallax.Cleaning;

namespace Parallax.Core.Tests.Cleaning;

public class ArticlePreparerTests
{
    private const string Title = "Rail Strike Ends After Late-Night Deal";

    private const string First =
        "Train drivers in the province of Orlen will return to work on Monday after union leaders accepted a revised pay offer overnight.";

    private const string Second =
        "The union said members would vote on the agreement next week, but that the strike would be suspended in the meantime.";

    private static readonly string Text =
        $"{Title}\n\n  \u2022 By Petra Lindqvist\n  \u2022 11:40 PM, April 14, 2023\n\n{Title}\n\n{First}\n\n{Second}\n\nLeave a Reply\nNice one, now fix the timetable that was promised back in May 2, 2022.";

    private static readonly ArticlePreparer Preparer = new();

    [Fact]
    public void Prepare_TextInput_KeepsTitleApartFromBody()
    {
        var article = Preparer.Prepare(new ArticleInput { Text = Text });

        Assert.Equal(Title, article.Title);
        Assert.Equal($"{First}\n\n{Second}", article.Text);
        Assert.Equal(ArticleId.FromText(article.Text), article.Id);
    }

    [Fact]
    public void Prepare_TextWithBylineDate_MarksPublishedAsInferred()
    {
        var article = Preparer.Prepare(new ArticleInput { Text = Text });

        Assert.Equal(new DateOnly(2023, 4, 14), article.Published);
        Assert.True(article.PublishedInferred);
    }

    [Fact]
    public void Prepare_InputMetadata_WinsOverCleaning()
    {
        var input = new ArticleInput
        {
            Text = Text,
            Title = "Given title",
            Outlet = "Given Outlet",
            Published = new DateOnly(2023, 4, 15),
            Language = "sv",
            Url = "https://www.orlenpost.example/rail",
            Path = "in/rail.txt",
        };

        var article = Preparer.Prepare(input);

        Assert.Equal("Given title", article.Title);
        Assert.Equal("Given Outlet", article.Outlet);
        Assert.Equal(new DateOnly(2023, 4, 15), article.Published);
        Assert.False(article.PublishedInferred);
        Assert.Equal("sv", article.Language);
        Assert.Equal("in/rail.txt", article.Path);
    }

    [Fact]
    public void Prepare_NoOutlet_UsesUrlHostWithoutWww()
    {
        var article = Preparer.Prepare(new ArticleInput { Text = Text, Url = "https://www.orlenpost.example/rail?id=4" });

        Assert.Equal("orlenpost.example", article.Outlet);
    }

    [Fact]
    public void Prepare_NoLanguageGiven_DetectsItFromBody()
    {
        var article = Preparer.Prepare(new ArticleInput { Text = Text });

        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void Prepare_HtmlInput_UsesPageMetadataAsNotInferred()
    {
        var html = $"""
            <html lang="de"><head>
            <meta property="og:site_name" content="Orlen Post">
            <meta property="article:published_time" content="2023-04-15T06:00:00Z">
            <title>{Title}</title></head>
            <body><nav>Home</nav><article><h1>{Title}</h1><p>{First}</p><p>{Second}</p></article></body></html>
            """;

        var article = Preparer.Prepare(new ArticleInput { Html = html });

        Assert.Equal(Title, article.Title);
        Assert.Equal($"{First}\n\n{Second}", article.Text);
        Assert.Equal("Orlen Post", article.Outlet);
        Assert.Equal(new DateOnly(2023, 4, 15), article.Published);
        Assert.False(article.PublishedInferred);
        Assert.Equal("de", article.Language);
    }

    [Fact]
    public void Prepare_NeitherTextNorHtml_IsRejected()
    {
        var error = Assert.Throws<ArticleRejectedException>(() => Preparer.Prepare(new ArticleInput { Title = "Empty" }));

        Assert.Contains("neither text nor HTML", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_TitleOnly_IsRejected()
    {
        Assert.Throws<ArticleRejectedException>(() => Preparer.Prepare(new ArticleInput { Text = $"{Title}\n\n\n" }));
    }

    [Fact]
    public void Prepare_TitleGivenAsMetadata_KeepsTheFirstParagraphInTheBody()
    {
        var article = Preparer.Prepare(new ArticleInput
        {
            Title = "Tram line extended",
            Text = "The city opened four new tram stops on Sunday, extending the line to the harbour.\n\nMore stops are planned for next year, officials said.",
        });

        Assert.Equal("Tram line extended", article.Title);
        Assert.StartsWith("The city opened four new tram stops", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_TitleGivenAndRepeatedInText_DropsTheRepetition()
    {
        var article = Preparer.Prepare(new ArticleInput
        {
            Title = "Tram line extended",
            Text = "Tram line extended\n\nThe city opened four new tram stops on Sunday, extending the line to the harbour.",
        });

        Assert.StartsWith("The city opened", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_TextWithByline_ReadsAuthorsAndSources()
    {
        var article = Preparer.Prepare(new ArticleInput { Text = Text, Url = "https://www.orlenpost.example/rail" });

        Assert.Equal(["Petra Lindqvist"], article.Authors);
        Assert.Equal(MetadataSource.Byline, article.Sources.Authors);
        Assert.Equal(MetadataSource.Byline, article.Sources.Published);
        Assert.Equal(MetadataSource.Detector, article.Sources.Language);
        Assert.Equal(MetadataSource.UrlHost, article.Sources.Outlet);
        Assert.Equal(MetadataSource.Given, article.Sources.Url);
    }

    [Fact]
    public void Prepare_InputMetadata_IsMarkedGiven()
    {
        var article = Preparer.Prepare(new ArticleInput { Text = Text, Title = "Given title", Language = "sv", Published = new DateOnly(2023, 4, 15) });

        Assert.Equal(MetadataSource.Given, article.Sources.Title);
        Assert.Equal(MetadataSource.Given, article.Sources.Language);
        Assert.Equal(MetadataSource.Given, article.Sources.Published);
    }
}
