using System.Net;

namespace CccdPlatform.EIdentification.Tests;

public class OpenApiTests(EIdFactory eid) : IClassFixture<EIdFactory>
{
    [Fact]
    public async Task TheApiDocumentDescribesEveryRouteAndIsReadableWithoutAToken()
    {
        var document = await (await eid.CreateClient().GetAsync("/openapi/v1.json")).JsonAsync(HttpStatusCode.OK);

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(
            new HashSet<string>
            {
                "/api/eid/accounts", "/api/eid/accounts/{id}", "/api/eid/accounts/by-personal-id/{personalId}",
                "/api/eid/accounts/{id}/activate", "/api/eid/accounts/{id}/resend-code", "/api/eid/accounts/{id}/lock",
                "/api/eid/accounts/{id}/unlock", "/api/eid/overdue", "/api/eid/audit",
            },
            paths);
    }
}
