using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CccdPlatform.ServiceDefaults.Registry;

/// <summary>Why work is refused from this machine or for this team, for the officer to read.</summary>
/// <param name="Field">The request field it concerns (<c>machineId</c> or <c>teamCode</c>).</param>
public sealed record WorkplaceRefusal(string Field, string Title, string Detail)
{
    public ProblemHttpResult ToProblem() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: Title,
        detail: Detail,
        extensions: new Dictionary<string, object?> { ["field"] = Field });

    public Dictionary<string, string[]> ToErrors() => new() { [Field] = [Detail] };
}
