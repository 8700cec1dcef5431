namespace CccdPlatform.Cli.Commands;

/// <summary>The bearer token a command sends, and whether it is a development token that the command made up.</summary>
public sealed record Bearer(string Token, bool IsDevelopment)
{
    public string Header => "Bearer " + Token;
}
