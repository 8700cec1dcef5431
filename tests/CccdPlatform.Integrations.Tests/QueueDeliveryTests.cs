using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.TestSupport;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace CccdPlatform.Integrations.Tests;

/// <summary>An integrator reading its own durable queue with the credentials it was given, and nothing else.</summary>
public class QueueDeliveryTests(IntegrationsFactory integrations) : IClassFixture<IntegrationsFactory>
{
    [Fact]
    public async Task EventsPublishedWhileTheIntegratorIsOfflineWaitInItsQueueUntilItReadsThem()
    {
        var (_, uri, queue) = await integrations.Integrator().SubscribeByQueueAsync("ApplicationReceived", "RosterImported");
        var first = TestEvents.Received();
        var second = TestEvents.Received();

        // Nobody reads the queue while these are published.
        await integrations.Intake.PublishAsync(first, Guid.NewGuid());
        await integrations.Identities.PublishAsync(TestEvents.Identity(first.ApplicationId), Guid.NewGuid());
        await integrations.Biometrics.PublishAsync(TestEvents.Accepted(first.ApplicationId), Guid.NewGuid());
        await integrations.Rosters.PublishAsync(TestEvents.Roster(eligibleCount: 77), Guid.NewGuid());
        await integrations.Intake.PublishAsync(second, Guid.NewGuid());

        var messages = await IntegrationsClients.DrainAsync(uri, queue, expected: 3);

        Assert.Equal(3, messages.Count);
        Assert.Equal(
            [$"urn:message:CccdPlatform.Contracts.Intake:{nameof(ApplicationReceived)}", $"urn:message:CccdPlatform.Contracts.Intake:{nameof(RosterImported)}"],
            messages.Select(m => m.GetProperty("messageType")[0].GetString()!).Distinct().Order().ToList());
        var received = messages.Select(m => m.GetProperty("message"))
            .Where(m => m.TryGetProperty("applicationId", out _)).Select(m => m.GetProperty("applicationId").GetGuid()).ToList();
        Assert.Equal([first.ApplicationId, second.ApplicationId], received);
        Assert.Contains(messages, m => m.GetProperty("message").TryGetProperty("eligibleCount", out var count) && count.GetInt32() == 77);
        Assert.DoesNotContain(messages, m => m.GetRawText().Contains("038095001234") || m.GetRawText().Contains("captureId"));
    }

    [Fact]
    public async Task TheQueueIsADurableQuorumQueueWithARetentionLimitThatNeverRefusesPublishers()
    {
        var (_, _, queue) = await integrations.Integrator().SubscribeByQueueAsync("RosterImported");

        var details = await ManagementAsync($"api/queues/{VirtualHost()}/{Uri.EscapeDataString(queue)}");

        Assert.True(details.GetProperty("durable").GetBoolean());
        Assert.False(details.GetProperty("auto_delete").GetBoolean());
        var arguments = details.GetProperty("arguments");
        Assert.Equal("quorum", arguments.GetProperty("x-queue-type").GetString());
        Assert.Equal((long)TimeSpan.FromDays(7).TotalMilliseconds, arguments.GetProperty("x-message-ttl").GetInt64());
        Assert.True(arguments.GetProperty("x-max-length").GetInt32() > 0);
        Assert.False(arguments.TryGetProperty("x-overflow", out var overflow) && overflow.GetString() == "reject-publish");
    }

    [Fact]
    public async Task TheCredentialsReadTheirOwnQueueAndAreRefusedEverythingElse()
    {
        var (_, uri, queue) = await integrations.Integrator().SubscribeByQueueAsync("ApplicationReceived");
        var (_, _, otherQueue) = await integrations.Integrator().SubscribeByQueueAsync("ApplicationReceived");
        var factory = new ConnectionFactory { Uri = new Uri(uri) };
        await using var connection = await factory.CreateConnectionAsync();

        async Task<ushort> RefusalOf(Func<IChannel, Task> attempt)
        {
            await using var channel = await connection.CreateChannelAsync();
            var refused = await Assert.ThrowsAnyAsync<OperationInterruptedException>(() => attempt(channel));
            return refused.ShutdownReason!.ReplyCode;
        }

        await using (var own = await connection.CreateChannelAsync())
        {
            Assert.Null(await own.BasicGetAsync(queue, autoAck: false)); // allowed, and empty
        }

        Assert.Equal(403, await RefusalOf(c => c.BasicGetAsync(otherQueue, autoAck: false)));
        Assert.Equal(403, await RefusalOf(c => c.BasicConsumeAsync(otherQueue, autoAck: true, new AsyncEventingBasicConsumer(c))));
        Assert.Equal(403, await RefusalOf(c => c.QueueDeclareAsync("integrator-made-queue", durable: false, exclusive: false, autoDelete: true)));
        Assert.Equal(403, await RefusalOf(c => c.QueueBindAsync(queue, $"CccdPlatform.Contracts.Intake:{nameof(CitizenIdentityRecorded)}", "")));
        Assert.Equal(403, await RefusalOf(c => c.QueueDeleteAsync(otherQueue)));
        Assert.Equal(403, await RefusalOf(async c =>
        {
            await c.BasicPublishAsync($"CccdPlatform.Contracts.Intake:{nameof(ApplicationReceived)}", "", mandatory: false,
                new BasicProperties(), Encoding.UTF8.GetBytes("{}"));
            await c.QueueDeclarePassiveAsync(queue); // the refusal closes the channel; the next call sees it
        }));

        // The broker's management API is not theirs either.
        var parsed = new Uri(uri);
        using var management = new HttpClient();
        management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(parsed.UserInfo))));
        var answer = await management.GetAsync(new Uri(new Uri(TestServers.RabbitMqManagement).GetLeftPart(UriPartial.Authority) + "/api/queues"));
        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
    }

    [Fact]
    public async Task TheQueuePasswordIsShownOnceAndNeverStored()
    {
        var client = integrations.Integrator("integrator-c");
        var (id, uri, _) = await client.SubscribeByQueueAsync("RosterImported");
        var password = Uri.UnescapeDataString(new Uri(uri).UserInfo.Split(':')[1]);

        var view = await (await client.GetAsync($"{IntegrationsClients.SubscriptionsPath}/{id}")).JsonAsync(HttpStatusCode.OK);
        var stored = await integrations.QueryAsync(db => Task.FromResult(JsonSerializer.Serialize(db.Subscriptions.Single(s => s.Id == id))));

        Assert.DoesNotContain(password, view.GetRawText());
        Assert.DoesNotContain(password, stored);
        Assert.Equal($"integrator.{id}", view.Text("username"));
    }

    [Fact]
    public async Task RotatingTheCredentialsLocksOutTheOldPasswordAndKeepsTheQueue()
    {
        var client = integrations.Integrator("integrator-d");
        var (id, oldUri, queue) = await client.SubscribeByQueueAsync("RosterImported");
        await integrations.Rosters.PublishAsync(TestEvents.Roster(eligibleCount: 5), Guid.NewGuid());
        await Eventually.HoldsAsync(async () => (await ManagementAsync($"api/queues/{VirtualHost()}/{Uri.EscapeDataString(queue)}"))
            .TryGetProperty("messages", out var waiting) && waiting.GetInt32() == 1);

        var rotated = await (await client.PostAsync($"{IntegrationsClients.SubscriptionsPath}/{id}/credentials", null)).JsonAsync(HttpStatusCode.OK);
        var newUri = rotated.GetProperty("queue").Text("uri");

        await Assert.ThrowsAnyAsync<Exception>(() => new ConnectionFactory { Uri = new Uri(oldUri) }.CreateConnectionAsync());
        var messages = await IntegrationsClients.DrainAsync(newUri, queue, expected: 1);
        Assert.Equal(5, Assert.Single(messages).GetProperty("message").GetProperty("eligibleCount").GetInt32());
    }

    [Fact]
    public async Task DeletingTheSubscriptionRemovesTheQueueAndTheCredentials()
    {
        var client = integrations.Integrator("integrator-e");
        var (id, uri, queue) = await client.SubscribeByQueueAsync("ApplicationReceived");

        var deleted = await client.DeleteAsync($"{IntegrationsClients.SubscriptionsPath}/{id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{IntegrationsClients.SubscriptionsPath}/{id}")).StatusCode);
        await Assert.ThrowsAnyAsync<Exception>(() => new ConnectionFactory { Uri = new Uri(uri) }.CreateConnectionAsync());
        var queues = await ManagementAsync($"api/queues/{VirtualHost()}");
        Assert.DoesNotContain(queues.EnumerateArray(), q => q.Text("name") == queue);
    }

    private string VirtualHost() => Uri.EscapeDataString(new Uri(integrations.MessagingConnectionString).AbsolutePath.Trim('/'));

    private static async Task<JsonElement> ManagementAsync(string path)
    {
        var management = new Uri(TestServers.RabbitMqManagement);
        using var http = new HttpClient { BaseAddress = new Uri(management.GetLeftPart(UriPartial.Authority) + "/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(management.UserInfo))));
        return await (await http.GetAsync(path)).JsonAsync(HttpStatusCode.OK);
    }
}
