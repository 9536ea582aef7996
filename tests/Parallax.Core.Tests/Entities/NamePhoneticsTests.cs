using Parallax.Entities.Resolution;

namespace Parallax.Core.Tests.Entities;

public class NamePhoneticsTests
{
    [Theory]
    [InlineData("Kadhimi", "Kazimi")]
    [InlineData("al-Kadhimi", "Kazemi")]
    [InlineData("Khadhimi", "Al-Kazemi")]
    [InlineData("Gaddafi", "Qadhafi")]
    [InlineData("Zelensky", "Zelenskyy")]
    [InlineData("Mohammed", "Muhammad")]
    [InlineData("José", "Jose")]
    public void SameName_TransliterationVariants_Match(string a, string b) =>
        Assert.True(NamePhonetics.SameName(a, b));

    [Theory]
    [InlineData("Hassan", "Hussein")]
    [InlineData("Obama", "Osama")]
    [InlineData("Kirby", "Karimi")]
    [InlineData("Ali", "Omar")]
    public void SameName_DifferentNames_DoNotMatch(string a, string b) =>
        Assert.False(NamePhonetics.SameName(a, b));

    [Fact]
    public void PersonName_Parse_StripsTitlesParticlesAndPrefixes()
    {
        var name = PersonName.Parse("Dr Layla bint al-Khadhimi")!;

        Assert.Equal("Layla", name.Given);
        Assert.Equal("Khadhimi", name.Surname);
    }
}
