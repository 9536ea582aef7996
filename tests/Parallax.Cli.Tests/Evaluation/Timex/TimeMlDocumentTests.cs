using Parallax.Cli.Evaluation.Timex;

namespace Parallax.Cli.Tests.Evaluation.Timex;

public sealed class TimeMlDocumentTests
{
    private const string Sample = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>d1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-10" functionInDocument="CREATION_TIME">02/10/98</TIMEX3></DCT>
        <TEXT>Talks <EVENT eid="e1" class="OCCURRENCE">ended</EVENT> &amp; resumed <TIMEX3 tid="t1" type="DATE" value="1998-02-09">Monday</TIMEX3>, after <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.</TEXT>
        <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0" />
        </TimeML>
        """;

    [Fact]
    public void Parse_StripsTagsAndDecodesEntities()
    {
        var document = TimeMlDocument.Parse("d1.tml", Sample);

        Assert.Equal("Talks ended & resumed Monday, after two weeks.", document.Text);
    }

    [Fact]
    public void Parse_GoldOffsetsPointIntoThePlainText()
    {
        var document = TimeMlDocument.Parse("d1.tml", Sample);

        Assert.Equal(["Monday", "two weeks"], document.Gold.Select(g => document.Text.Substring(g.Start, g.Length)));
        Assert.Equal(("DURATION", "P2W"), (document.Gold[1].Type, document.Gold[1].Value));
    }

    [Fact]
    public void Parse_CreationTimeIsTheReferenceDateAndNotGold()
    {
        var document = TimeMlDocument.Parse("d1.tml", Sample);

        Assert.Equal(new DateOnly(1998, 2, 10), document.CreationDate);
        Assert.DoesNotContain(document.Gold, g => g.Value == "1998-02-10");
    }

    [Fact]
    public void Parse_NoTextElement_Throws()
    {
        Assert.Throws<InvalidDataException>(() => TimeMlDocument.Parse("bad.tml", "<TimeML></TimeML>"));
    }

    [Fact]
    public void Write_SystemTags_ReparseToTheSameTextAndSpans()
    {
        var document = TimeMlDocument.Parse("d1.tml", Sample);
        var system = new[] { new TimexMention(22, 6, "DATE", "1998-02-09"), new TimexMention(36, 9, "DURATION", "P2W") { Modifier = "APPROX" } };

        var written = TimeMlWriter.Write(document, system);
        var reparsed = TimeMlDocument.Parse("d1.tml", written);

        Assert.Equal(document.Text, reparsed.Text);
        Assert.Equal(system.Select(s => (s.Start, s.Length, s.Value)), reparsed.Gold.Select(g => (g.Start, g.Length, g.Value)));
        Assert.Contains("mod=\"APPROX\"", written, StringComparison.Ordinal);
        Assert.Contains("functionInDocument=\"CREATION_TIME\"", written, StringComparison.Ordinal);
    }
}
