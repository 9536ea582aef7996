using Parallax.Cleaning;

namespace Parallax.Core.Tests.Cleaning;

public class AuthorNamesTests
{
    [Theory]
    [InlineData("By Mira Kallas and Tomas Ruud", "Mira Kallas|Tomas Ruud")]
    [InlineData("Mira Kallas, Tomas Ruud & Ana de la Vega", "Mira Kallas|Tomas Ruud|Ana de la Vega")]
    [InlineData("By MIRA KALLAS | Updated July 26, 2021 10:02 AM", "MIRA KALLAS")]
    [InlineData("Written by Mira Kallas (mira.kallas@skies.example)", "Mira Kallas")]
    [InlineData("Mira Kallas, Senior Correspondent", "Mira Kallas")]
    [InlineData("Tomas L. Ruud Jr.", "Tomas L. Ruud Jr")]
    [InlineData("Skies News' Mira Kallas and Tomas Ruud", "Mira Kallas|Tomas Ruud")]
    [InlineData("Mira Kallas. Skies Wire Agency", "Mira Kallas")]
    public void Parse_Byline_ReturnsPeople(string field, string expected)
    {
        Assert.Equal(expected.Split('|'), AuthorNames.Parse(field, outlet: "Northern Skies Daily"));
    }

    [Theory]
    [InlineData("Staff Reporter")]
    [InlineData("By Our Correspondent")]
    [InlineData("Northern Skies Daily")]
    [InlineData("Skies Daily")]
    [InlineData("July 26, 2021")]
    [InlineData("https://www.facebook.example/mira.kallas")]
    [InlineData("newsdesk@skies.example")]
    [InlineData("Reuters")]
    public void Parse_NotAPerson_ReturnsNothing(string field)
    {
        Assert.Empty(AuthorNames.Parse(field, outlet: "Northern Skies Daily"));
    }
}
