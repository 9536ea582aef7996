using Parallax.Clustering;

namespace Parallax.Core.Tests.Clustering;

public class ContentWordsTests
{
    [Fact]
    public void Of_Inflections_MeetAfterStemmingAndStopwordsAreDropped()
    {
        var terms = ContentWords.Of("The quakes killed many; the quake kills, killing more in the cities' cities.").ToList();

        Assert.DoesNotContain("the", terms);
        Assert.Equal(2, terms.Count(t => t == "quake"));
        Assert.Equal(3, terms.Count(t => t == "kill"));
        Assert.Contains("city", terms);
    }

    [Fact]
    public void Of_Numbers_AreNotTerms() =>
        Assert.Empty(ContentWords.Of("40 52 2,500"));

    [Fact]
    public void Numbers_YearsAndDecimals_AreTermsWithoutTrailingSeparators() =>
        Assert.Equal(["n:2013", "n:6.4", "n:2,500"], ContentWords.Numbers("In 2013, a 6.4 quake; 2,500 homes."));

    [Fact]
    public void EntityTerm_ArabicArticlePrefix_IsDropped() =>
        Assert.Equal(ContentWords.EntityTerm("Karim Rashidi"), ContentWords.EntityTerm("Karim al-Rashidi"));

    [Theory]
    [InlineData("Hamid al-Qadiri", "Hamid al-Kadiri")]
    [InlineData("Hamid al-Qadiri", "Hameed Al-Gadiri")]
    [InlineData("Muammar Gaddafi", "Moammar Qaddafi")]
    public void EntityTerm_TransliterationVariants_Meet(string one, string other) =>
        Assert.Equal(ContentWords.EntityTerm(one), ContentWords.EntityTerm(other));

    [Fact]
    public void EntityTerm_DifferentNames_StayApart() =>
        Assert.NotEqual(ContentWords.EntityTerm("Hamid Qadiri"), ContentWords.EntityTerm("Hamid Nasiri"));

    [Fact]
    public void Cosine_SameDirection_IsOneAndDisjoint_IsZero()
    {
        var a = new TermVector();
        a.Add("quake", 2);
        var b = new TermVector();
        b.Add("quake", 5);
        var c = new TermVector();
        c.Add("budget", 1);

        Assert.Equal(1.0, TermVector.Cosine(a, b), 6);
        Assert.Equal(0.0, TermVector.Cosine(a, c));
    }

    [Fact]
    public void MinHash_TrimmedCopy_HasHighContainmentButLowerJaccard()
    {
        var full = MinHashSignature.Of(TestCoverage.WireText);
        var half = MinHashSignature.Of(TestCoverage.WireText[..(TestCoverage.WireText.Length / 2)]);

        Assert.True(full.EstimatedContainment(half) > 0.85);
        Assert.True(full.EstimatedJaccard(half) < 0.8);
    }
}
