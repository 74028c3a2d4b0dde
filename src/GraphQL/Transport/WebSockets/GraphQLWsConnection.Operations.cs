using System.Text.Json;
using CapConduit.Api.Schema.Errors;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;

namespace CapConduit.Api.Transport.WebSockets;

public sealed partial class GraphQLWsConnection
{
    private void StartOperation(string id, JsonElement payload)
    {
        switch (_subscriptions.TryAdd(id, out var entry))
        {
            case SubscriptionSet.AddResult.AlreadyExists:
                Close(GraphQLWsCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
                return;
            case SubscriptionSet.AddResult.LimitReached:
                var error = new ExecutionError(
                    $"At most {_services.Options.MaxSubscriptionsPerConnection} operations may be active on one connection " +
                    "('GraphQL:MaxSubscriptionsPerConnection').")
                { Code = ErrorCodes.TooManySubscriptions };
                Send(GraphQLWsOutbound.Create(GraphQLWsMessageType.Error, id, _services.Serializer.Serialize(new[] { error })));
                return;
        }

        _ = RunOperationAsync(id, payload, entry);
    }

    private async Task RunOperationAsync(string id, JsonElement payload, SubscriptionSet.Entry entry)
    {
        var scope = _services.ScopeFactory.CreateAsyncScope();
        entry.Attach(scope);
        try
        {
            var request = _services.Serializer.Deserialize<GraphQLRequest>(payload.GetRawText())!;
            // The execution timeout bounds queries and mutations, and a subscription's setup only: its stream lives
            // until completed, so it must not inherit a timer (GraphQL.NET ties the timeout to the token).
            var isSubscription = Http.OperationSelector.Select(request.Query ?? "", request.OperationName)
                == GraphQLParser.AST.OperationType.Subscription;
            var result = await _services.Executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = scope.ServiceProvider,
                User = Principal,
                CancellationToken = entry.Token,
                Timeout = isSubscription ? Timeout.InfiniteTimeSpan : _services.Options.ExecutionTimeout,
                TimeoutAction = TimeoutAction.ReturnTimeoutError,
            });
            Deliver(id, result, entry);
        }
        catch (OperationCanceledException) when (entry.Token.IsCancellationRequested)
        {
            // The client completed the operation, or the connection is closing.
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
        {
            Close(GraphQLWsCloseCodes.InvalidMessage, "Invalid message received: the subscribe payload is not a GraphQL request.");
        }
    }

    private void Deliver(string id, ExecutionResult result, SubscriptionSet.Entry entry)
    {
        if (!_subscriptions.Contains(id))
        {
            return;
        }

        if (!result.Executed && result.Errors is { Count: > 0 } errors)
        {
            // Validation or parse failure: one 'error' message ends the operation (PROTOCOL.md, Error).
            _subscriptions.Remove(id);
            Send(GraphQLWsOutbound.Create(GraphQLWsMessageType.Error, id, _services.Serializer.Serialize(errors)));
            return;
        }

        if (result.Streams is { Count: > 0 } streams)
        {
            entry.Attach(streams.Values.First().Subscribe(new StreamObserver(this, id)));
            return;
        }

        _subscriptions.Remove(id);
        Send(GraphQLWsOutbound.Create(GraphQLWsMessageType.Next, id, _services.Serializer.Serialize(result)));
        Send(GraphQLWsOutbound.Create(GraphQLWsMessageType.Complete, id));
    }

    /// <summary>Turns a subscription's event stream into next/error/complete messages; never blocks the publisher.</summary>
    private sealed class StreamObserver(GraphQLWsConnection connection, string id) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value)
        {
            if (connection._subscriptions.Contains(id))
            {
                connection.Send(GraphQLWsOutbound.Create(GraphQLWsMessageType.Next, id, connection._services.Serializer.Serialize(value)));
            }
        }

        public void OnError(Exception error)
        {
            if (connection._subscriptions.Remove(id))
            {
                var executionError = error as ExecutionError ?? new ExecutionError("The event stream failed.", error);
                connection.Send(GraphQLWsOutbound.Create(
                    GraphQLWsMessageType.Error, id, connection._services.Serializer.Serialize(new[] { executionError })));
            }
        }

        public void OnCompleted()
        {
            if (connection._subscriptions.Remove(id))
            {
                connection.Send(GraphQLWsOutbound.Create(GraphQLWsMessageType.Complete, id));
            }
        }
    }
}
