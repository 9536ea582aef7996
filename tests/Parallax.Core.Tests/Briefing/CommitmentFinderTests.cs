using Parallax.Briefing;
using Parallax.Core.Tests.Clustering;
using Parallax.Entities;
using Parallax.Text;

namespace Parallax.Core.Tests.Briefing;

public class CommitmentFinderTests
{
    private static readonly EntityIndex NoEntities = new([], new Dictionary<(string, Span), string>());

    [Fact]
    public void Find_PromiseWithEndOfYearDeadline_ReadsActorActionDeadline()
    {
        var a = StoryTexts.Article("a", "Governor Ilse Varga promised to rebuild every destroyed home by the end of the year.");
        var mention = a.AddEntity("Ilse Varga", EntityType.Person);
        a.AddTime("the end of the year", "2031", "END");
        var index = new EntityIndex([Person("e1", "Ilse Varga", "a")], new Dictionary<(string, Span), string> { [("a", mention.Span)] = "e1" });

        var commitment = Assert.Single(CommitmentFinder.Find(StoryTexts.Of(null, a), index));

        Assert.Equal("Ilse Varga", commitment.Actor);
        Assert.Equal("rebuild every destroyed home", commitment.Action);
        Assert.Equal("end of 2031", commitment.Deadline);
        Assert.Equal(["a"], commitment.ArticleIds);
    }

    [Fact]
    public void Find_SameCommitmentInTwoArticles_MergesUnderCanonicalName()
    {
        var a = StoryTexts.Article("a", "Governor Ilse Varga promised to rebuild every destroyed home by the end of the year.");
        var ma = a.AddEntity("Ilse Varga", EntityType.Person);
        a.AddTime("the end of the year", "2031", "END");
        var b = StoryTexts.Article("b", "Varga pledged to rebuild all destroyed homes, her office said.");
        var mb = b.AddEntity("Varga", EntityType.Person);
        var index = new EntityIndex(
            [Person("e1", "Ilse Varga", "a", "b")],
            new Dictionary<(string, Span), string> { [("a", ma.Span)] = "e1", [("b", mb.Span)] = "e1" });

        var commitment = Assert.Single(CommitmentFinder.Find(StoryTexts.Of(null, a, b), index));

        Assert.Equal(["a", "b"], commitment.ArticleIds);
        Assert.Equal("end of 2031", commitment.Deadline);
    }

    [Fact]
    public void Find_SubjectNounPhraseWithoutEntity_IsTheActor()
    {
        var a = StoryTexts.Article("a", "The mayor said that the army will clear the mountain road by Friday.");
        a.AddTime("Friday", "2031-03-14");

        var commitment = Assert.Single(CommitmentFinder.Find(StoryTexts.Of(null, a), NoEntities));

        Assert.Equal("the army", commitment.Actor);
        Assert.Equal("clear the mountain road", commitment.Action);
        Assert.Equal("2031-03-14", commitment.Deadline);
    }

    [Fact]
    public void Find_DateBeforeCue_IsNotADeadline()
    {
        var a = StoryTexts.Article("a", "On Monday, the regional council agreed to build a new bridge.");
        a.AddTime("Monday", "2031-03-10");

        var commitment = Assert.Single(CommitmentFinder.Find(StoryTexts.Of(null, a), NoEntities));

        Assert.Equal("the regional council", commitment.Actor);
        Assert.Null(commitment.Deadline);
    }

    [Fact]
    public void Find_PronounSubjectOrPlainStatement_IsNoCommitment()
    {
        var a = StoryTexts.Article("a", "He will return soon. The shaking lasted almost a minute.");

        Assert.Empty(CommitmentFinder.Find(StoryTexts.Of(null, a), NoEntities));
    }

    [Fact]
    public void Find_NameInsideSubjectPhrase_KeepsThePhrase()
    {
        var a = StoryTexts.Article("a", "Rescuers from Marrenburg will stay in the valley until 2032.");
        a.AddEntity("Marrenburg", EntityType.Location);
        a.AddTime("2032", "2032");

        var commitment = Assert.Single(CommitmentFinder.Find(StoryTexts.Of(null, a), NoEntities));

        Assert.Equal("Rescuers from Marrenburg", commitment.Actor);
        Assert.Equal("stay in the valley", commitment.Action);
        Assert.Equal("2032", commitment.Deadline);
    }

    [Fact]
    public void RenderDeadline_PlainValue_IsTheTimeMLValue() =>
        Assert.Equal("2032-01", CommitmentFinder.RenderDeadline(new Parallax.Time.TimeExpression(new Span(0, 1), Parallax.Time.TimexType.Date, "2032-01")));

    private static CanonicalEntity Person(string id, string name, params string[] articleIds) => new()
    {
        Id = id,
        Name = name,
        Type = EntityType.Person,
        Aliases = [name],
        Roles = ["Governor"],
        ArticleIds = articleIds,
        MentionCount = articleIds.Length,
    };
}
