using Parallax.Cleaning;

namespace Parallax.Core.Tests.Cleaning;

public class BoilerplateFilterTests
{
    private const string Lead = "The regional assembly met for six hours on Thursday to debate the new water tariffs for farms.";

    [Theory]
    [InlineData("Share prices of the water utility fell sharply after the vote.")]
    [InlineData("Comments from the farming minister were welcomed by the growers' union.")]
    [InlineData("Related talks on river levels will resume in May, officials said.")]
    [InlineData("Follow-up hearings are planned for the spring.")]
    [InlineData("By Friday, more than forty farms had filed formal objections.")]
    [InlineData("\"We will not pay twice for the same water,\" one grower said.")]
    [InlineData("Subscriptions to the irrigation scheme rose by 12 percent in 2022.")]
    public void Apply_ProseThatStartsLikeBoilerplate_IsKept(string prose)
    {
        var body = BoilerplateFilter.Apply([Lead, prose], ["Assembly Debates Water Tariffs"]);

        Assert.Equal([Lead, prose], body.Paragraphs);
    }

    [Fact]
    public void Apply_CommentMarkerBeforeAnyProse_DoesNotEndTheArticle()
    {
        var body = BoilerplateFilter.Apply(["Comments", Lead], []);

        Assert.Equal([Lead], body.Paragraphs);
    }

    [Fact]
    public void Apply_StampInsideComments_IsNotTakenAsPublished()
    {
        var body = BoilerplateFilter.Apply([Lead, "12 comments", "March 4, 2023 09:12", "Great piece of reporting."], []);

        Assert.Null(body.Published);
        Assert.Equal([Lead], body.Paragraphs);
    }

    [Fact]
    public void Apply_FirstStampWins_WhenSeveralAppear()
    {
        var body = BoilerplateFilter.Apply(["Published March 2, 2023", "Updated March 3, 2023 10:00 GMT", Lead], []);

        Assert.Equal(new DateOnly(2023, 3, 2), body.Published);
    }
}
