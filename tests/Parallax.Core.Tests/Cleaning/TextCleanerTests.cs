using Parallax.Cleaning;

namespace Parallax.Core.Tests.Cleaning;

public class TextCleanerTests
{
    private const string Title = "Harbor Council Approves Floating Solar Farm";

    private const string First =
        "The Port Delmar harbor council voted seven to two on Wednesday to approve a floating solar farm in the disused eastern basin.";

    private const string Second =
        "Council chair Mirela Otway said the panels would cover about a third of the port's electricity needs within three years.";

    private const string Third =
        "Fishing cooperatives had opposed the plan, warning that the anchoring cables could damage nets during winter storms.";

    private static readonly TextCleaner Cleaner = new();

    private static string Article(string header, string footer) =>
        $"{Title}\n\n{header}\n\n{First}\n\n{Second}\n\n{Third}\n\n{footer}\n";

    [Fact]
    public void Clean_PlainArticle_ExcludesTitleAndSeparatesParagraphsWithBlankLine()
    {
        var cleaned = Cleaner.Clean(Article(string.Empty, string.Empty));

        Assert.Equal(Title, cleaned.Title);
        Assert.Equal($"{First}\n\n{Second}\n\n{Third}", cleaned.Text);
    }

    [Fact]
    public void Clean_OneParagraphPerLineWithoutBlankLines_KeepsEachLineAsParagraph()
    {
        var cleaned = Cleaner.Clean($"{Title}\n{First}\n{Second}\n{Third}");

        Assert.Equal($"{First}\n\n{Second}\n\n{Third}", cleaned.Text);
    }

    [Fact]
    public void Clean_HardWrappedParagraph_JoinsItsLines()
    {
        var text = $"{Title}\n\nThe Port Delmar harbor council voted seven to two on Wednesday\nto approve a floating solar farm in the disused eastern basin.\n\n{Second}";

        var cleaned = Cleaner.Clean(text);

        Assert.Equal($"{First}\n\n{Second}", cleaned.Text);
    }

    [Fact]
    public void Clean_CommentSection_DropsEverythingFromMarkerToEnd()
    {
        var footer = "3 comments\nYou must sign in to leave comments on this story.\n  1. harborwatcher\n    +5\n    12 March 2023 08: 14\n"
            + "    This council never listens to the fishermen and the cables will wreck every net in the bay.\n  2. kestrel77\n    -1\n    Great news for clean energy.";

        var cleaned = Cleaner.Clean(Article(string.Empty, footer));

        Assert.EndsWith(Third, cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("harborwatcher", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("comments", cleaned.Text, StringComparison.Ordinal);
        Assert.Null(cleaned.Published);
    }

    [Theory]
    [InlineData("Leave a Reply")]
    [InlineData("Please enter your comment!\nPlease enter your name here")]
    [InlineData("Comments (12)")]
    [InlineData("Join the conversation")]
    public void Clean_CommentFormMarker_IsDropped(string footer)
    {
        var cleaned = Cleaner.Clean(Article(string.Empty, footer + "\nI disagree with all of this and the council should resign immediately, honestly."));

        Assert.Equal($"{First}\n\n{Second}\n\n{Third}", cleaned.Text);
    }

    [Fact]
    public void Clean_AlsoReadBox_DropsHeadlinesAndDatesAndIgnoresTheirDates()
    {
        var footer = "Also Read\n\nWind Turbines Return to the Northern Ridge\n\nMay 3, 2022 @ 09:15 AM\n\nWill Ferry Fares Stay Frozen Until the Autumn Season Ends?\n\nJanuary 18, 2022 @ 04:40 PM";

        var cleaned = Cleaner.Clean(Article(string.Empty, footer));

        Assert.Equal($"{First}\n\n{Second}\n\n{Third}", cleaned.Text);
        Assert.Null(cleaned.Published);
    }

    [Fact]
    public void Clean_RelatedBoxInMiddle_ResumesAtNextProseParagraph()
    {
        var text = $"{Title}\n\n{First}\n\nYou may also like\n\nNew Lighthouse Keeper Named\n\n{Second}";

        var cleaned = Cleaner.Clean(text);

        Assert.Equal($"{First}\n\n{Second}", cleaned.Text);
    }

    [Fact]
    public void Clean_InlineReadMoreLink_IsDropped()
    {
        var cleaned = Cleaner.Clean(Article("READ MORE: Tidal Power Trial Ends Early", string.Empty));

        Assert.StartsWith(First, cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tidal", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_BylineBulletsAtTop_CapturesDateAndDropsLines()
    {
        var header = "  \u2022 Staff Correspondent\n  \u2022 07:12 AM, March 9, 2023\n  \u2022 4127";

        var cleaned = Cleaner.Clean(Article(header, string.Empty));

        Assert.Equal(new DateOnly(2023, 3, 9), cleaned.Published);
        Assert.StartsWith(First, cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("4127", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Correspondent", cleaned.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("By Anouk Verhaegen and Tomas Reyes | 9 March 2023", 2023, 3, 9)]
    [InlineData("Published: 2023-03-09T06:30:00Z", 2023, 3, 9)]
    [InlineData("Updated Mar. 10, 2023 11:02 am ET", 2023, 3, 10)]
    public void Clean_BylineOrStampLine_CapturesDate(string header, int year, int month, int day)
    {
        var cleaned = Cleaner.Clean(Article(header, string.Empty));

        Assert.Equal(new DateOnly(year, month, day), cleaned.Published);
        Assert.StartsWith(First, cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_SentenceStartingWithBy_IsKept()
    {
        const string sentence = "By Friday, the council had received more than four hundred written objections from residents.";

        var cleaned = Cleaner.Clean(Article(sentence, string.Empty));

        Assert.StartsWith(sentence, cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_LoneNumberLine_IsDroppedAsCounter()
    {
        var cleaned = Cleaner.Clean(Article("2", string.Empty));

        Assert.StartsWith(First, cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_RepeatedTitleAndCaption_AreDropped()
    {
        var header = $"{Title}\nSolar panels on a test pontoon (Image for reference)\nFile photo: the eastern basin at dusk";

        var cleaned = Cleaner.Clean(Article(header, string.Empty));

        Assert.Equal($"{First}\n\n{Second}\n\n{Third}", cleaned.Text);
    }

    [Fact]
    public void Clean_SharePromptsAndTrailingSectionLabel_AreDropped()
    {
        var footer = "Share this article\nSubscribe to our newsletter\nFollow us on social media\nENERGY/COASTAL AFFAIRS";

        var cleaned = Cleaner.Clean(Article(string.Empty, footer));

        Assert.Equal($"{First}\n\n{Second}\n\n{Third}", cleaned.Text);
    }

    [Fact]
    public void Clean_TruncationNote_IsCutFromParagraph()
    {
        var cleaned = Cleaner.Clean(Article(string.Empty, "Work is due to begin next spring. But. This is a condensed version of the report."));

        Assert.EndsWith("\n\nWork is due to begin next spring.", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_BinaryInput_IsRejected()
    {
        var binary = "\u0089PNG\r\n\u001a\n\0\0\0\rIHDR\0\0\u0001\0\0\0\u0001\0\u0008\u0006\0\0\0" + new string('\0', 40);

        var error = Assert.Throws<ArticleRejectedException>(() => Cleaner.Clean(binary));
        Assert.Contains("binary", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_OnlyBoilerplate_IsRejected()
    {
        Assert.Throws<ArticleRejectedException>(() => Cleaner.Clean($"{Title}\n\nBy Staff Reporter\n\n1532\n\nLeave a Reply"));
    }
}
