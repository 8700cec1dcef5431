using System.Collections.Concurrent;
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
    public async Task AnIntegratorReceivesItsEventsAndCatchesUpOnThoseItMissedWhileOffline()
    {
        var (_, uri, queue) = await integrations.Integrator().SubscribeByQueueAsync("ApplicationReceived", "RosterImported");
        var first = TestEvents.Received();
        var second = TestEvents.Received();

        // Online: a consumer gets the event as it is published.
        await using (var connection = await new ConnectionFactory { Uri = new Uri(uri) }.CreateConnectionAsync())
        await using (var channel = await connection.CreateChannelAsync())
        {
            var live = new ConcurrentQueue<JsonElement>();
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += async (_, delivery) =>
            {
                // Ack first: once the test sees the message, closing the channel cannot requeue it.
                await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
                live.Enqueue(JsonDocument.Parse(delivery.Body).RootElement.Clone());
            };
            await channel.BasicConsumeAsync(queue, autoAck: false, consumer);

            await integrations.Intake.PublishAsync(first, Guid.NewGuid());

            var message = await Eventually.ReturnsAsync(() => live.Select(m => m.GetRawText()).FirstOrDefault());
            Assert.Contains(first.ApplicationId.ToString(), message);
        }

        // Offline: these are published while nobody reads the queue; only the chosen public ones are kept for it.
        await integrations.Identities.PublishAsync(TestEvents.Identity(second.ApplicationId), Guid.NewGuid());
        await integrations.Biometrics.PublishAsync(TestEvents.Accepted(first.ApplicationId), Guid.NewGuid());
        await integrations.Rosters.PublishAsync(TestEvents.Roster(eligibleCount: 77), Guid.NewGuid());
        await integrations.Intake.PublishAsync(second, Guid.NewGuid());

        var missed = await IntegrationsClients.DrainAsync(uri, queue, expected: 2);

        Assert.Equal(
            [$"urn:message:CccdPlatform.Contracts.Intake:{nameof(RosterImported)}", $"urn:message:CccdPlatform.Contracts.Intake:{nameof(ApplicationReceived)}"],
            missed.Select(m => m.GetProperty("messageType")[0].GetString()!).ToList());
        Assert.Equal(77, missed[0].GetProperty("message").GetProperty("eligibleCount").GetInt32());
        Assert.Equal(second.ApplicationId, missed[1].GetProperty("message").GetProperty("applicationId").GetGuid());
        Assert.Equal(second.CitizenRef, missed[1].GetProperty("message").Text("citizenRef"));
        Assert.DoesNotContain(missed, m => m.GetRawText().Contains("038095001234") || m.GetRawText().Contains("captureId"));
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

        async Task<string> RefusalOf(Func<IChannel, Task> attempt)
        {
            await using var channel = await connection.CreateChannelAsync();
            var refused = await Assert.ThrowsAnyAsync<OperationInterruptedException>(() => attempt(channel));
            return $"{refused.ShutdownReason!.ReplyCode} {refused.ShutdownReason.ReplyText.Split(' ')[0]}";
        }

        await using (var own = await connection.CreateChannelAsync())
        {
            Assert.Null(await own.BasicGetAsync(queue, autoAck: false)); // allowed, and empty
            Assert.NotEmpty(await own.BasicConsumeAsync(queue, autoAck: false, new AsyncEventingBasicConsumer(own)));
        }

        Assert.Equal(Refused, await RefusalOf(c => c.BasicGetAsync(otherQueue, autoAck: false)));
        Assert.Equal(Refused, await RefusalOf(c => c.BasicConsumeAsync(otherQueue, autoAck: true, new AsyncEventingBasicConsumer(c))));
        Assert.Equal(Refused, await RefusalOf(c => c.QueueDeclareAsync("integrator-made-queue", durable: false, exclusive: false, autoDelete: true)));
        Assert.Equal(Refused, await RefusalOf(c => c.QueueBindAsync(queue, $"CccdPlatform.Contracts.Intake:{nameof(CitizenIdentityRecorded)}", "")));
        Assert.Equal(Refused, await RefusalOf(c => c.QueueDeleteAsync(otherQueue)));
        Assert.Equal(Refused, await RefusalOf(async c =>
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

    private const string Refused = "403 ACCESS_REFUSED";

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
