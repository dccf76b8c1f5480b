// Command pulumi-language-nodejs stands in front of the Node.js language host built from sdk/v3 v3.68.0 (the last
// release that has it, see ../language-nodejs) and adds the one call that host lacks: RunPlugin for a policy
// pack. The CLI (v3.274) runs a Node.js policy pack (`pulumi preview --policy-pack DIR`) only through its
// language host's RunPlugin, which v3.68.0 answers with "not supported"; the `pulumi-analyzer-policy` script that
// older CLIs started instead is no longer looked for.
//
// Every other call is passed through unchanged, as bytes, to the real host: this command starts it from the `host/`
// directory beside it, with its own arguments, passes on a signal to stop, and ends when it ends.
package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"

	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
)

func main() {
	if err := serve(); err != nil {
		fmt.Fprintf(os.Stderr, "pulumi-language-nodejs: %v\n", err)
		os.Exit(1)
	}
}

// serve starts the real host, prints this front's port where the CLI expects the host's, and forwards calls until
// the real host ends.
func serve() error {
	self, err := os.Executable()
	if err != nil {
		return err
	}
	realHost := exec.Command(filepath.Join(filepath.Dir(self), "host", "pulumi-language-nodejs"), os.Args[1:]...)
	realHost.Stderr = os.Stderr
	realHostOut, err := realHost.StdoutPipe()
	if err != nil {
		return err
	}
	if err := realHost.Start(); err != nil {
		return err
	}
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	go func() {
		sig := <-stop
		_ = realHost.Process.Signal(sig)
	}()

	// The host's first line is its port; anything after it is passed on as the host wrote it.
	lines := bufio.NewReader(realHostOut)
	portLine, err := lines.ReadString('\n')
	if err != nil {
		_ = realHost.Process.Kill()
		return fmt.Errorf("the language host did not print its port: %w", err)
	}
	conn, err := grpc.NewClient("127.0.0.1:"+strings.TrimSpace(portLine),
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultCallOptions(grpc.ForceCodec(bytesOrProto{}), grpc.MaxCallRecvMsgSize(maxMessageSize)))
	if err != nil {
		_ = realHost.Process.Kill()
		return err
	}
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		_ = realHost.Process.Kill()
		return err
	}
	server := grpc.NewServer(
		grpc.ForceServerCodec(bytesOrProto{}),
		grpc.MaxRecvMsgSize(maxMessageSize),
		grpc.UnknownServiceHandler(forwardTo(conn)),
	)
	server.RegisterService(&runPluginService, nil)
	fmt.Printf("%d\n", listener.Addr().(*net.TCPAddr).Port)
	go func() { _, _ = io.Copy(os.Stdout, lines) }()
	go func() { _ = server.Serve(listener) }()

	waitErr := realHost.Wait()
	server.Stop()
	var exit *exec.ExitError
	if errors.As(waitErr, &exit) {
		os.Exit(exit.ExitCode())
	}
	return waitErr
}

// maxMessageSize matches the CLI's own limit for plugin messages, so nothing the real host accepts is refused here.
const maxMessageSize = 400 * 1024 * 1024

// frame is one message passed through without being decoded.
type frame struct{ bytes []byte }

// bytesOrProto passes frames through as they are and encodes the messages this front reads itself as protobuf.
type bytesOrProto struct{}

func (bytesOrProto) Name() string { return "proto" }

func (bytesOrProto) Marshal(v any) ([]byte, error) {
	if f, ok := v.(*frame); ok {
		return f.bytes, nil
	}
	return proto.Marshal(v.(proto.Message))
}

func (bytesOrProto) Unmarshal(data []byte, v any) error {
	if f, ok := v.(*frame); ok {
		f.bytes = append([]byte(nil), data...)
		return nil
	}
	return proto.Unmarshal(data, v.(proto.Message))
}

// forwardTo passes any call this front does not serve itself to the real host: the request messages one way, the
// headers, responses, trailers and status the other.
func forwardTo(conn *grpc.ClientConn) grpc.StreamHandler {
	return func(_ any, incoming grpc.ServerStream) error {
		method, ok := grpc.MethodFromServerStream(incoming)
		if !ok {
			return status.Error(codes.Internal, "no method name on the incoming call")
		}
		ctx, cancel := context.WithCancel(incoming.Context())
		defer cancel()
		if md, ok := metadata.FromIncomingContext(ctx); ok {
			ctx = metadata.NewOutgoingContext(ctx, md.Copy())
		}
		outgoing, err := conn.NewStream(ctx, &grpc.StreamDesc{ServerStreams: true, ClientStreams: true}, method)
		if err != nil {
			return err
		}
		go func() {
			for {
				var message frame
				if err := incoming.RecvMsg(&message); err != nil {
					_ = outgoing.CloseSend()
					return
				}
				if err := outgoing.SendMsg(&message); err != nil {
					return
				}
			}
		}()
		header, err := outgoing.Header()
		if err != nil {
			return err
		}
		if err := incoming.SendHeader(header); err != nil {
			return err
		}
		for {
			var message frame
			if err := outgoing.RecvMsg(&message); err != nil {
				incoming.SetTrailer(outgoing.Trailer())
				if errors.Is(err, io.EOF) {
					return nil
				}
				return err
			}
			if err := incoming.SendMsg(&message); err != nil {
				return err
			}
		}
	}
}

// runPluginService serves LanguageRuntime's RunPlugin here; the service's other methods are unknown to this server
// and so go to forwardTo.
var runPluginService = grpc.ServiceDesc{
	ServiceName: "pulumirpc.LanguageRuntime",
	HandlerType: (*any)(nil),
	Streams: []grpc.StreamDesc{{
		StreamName:    "RunPlugin",
		ServerStreams: true,
		Handler: func(_ any, stream grpc.ServerStream) error {
			var request pulumirpc.RunPluginRequest
			if err := stream.RecvMsg(&request); err != nil {
				return err
			}
			return runPolicyPack(&request, stream)
		},
	}},
}

// runPolicyPack runs a Node.js policy pack as Pulumi's own tooling does: `node <run-policy-pack> ARGS... DIR` with
// the pack's directory as the working directory, so that @pulumi/pulumi and the pack's package.json are the pack's.
// Its output goes back on the stream, and it is stopped when the CLI ends the call.
func runPolicyPack(request *pulumirpc.RunPluginRequest, stream grpc.ServerStream) error {
	if request.GetKind() != "analyzer" {
		return status.Errorf(codes.Unimplemented, "this language host runs only policy packs as plugins, not %q plugins",
			request.GetKind())
	}
	dir := request.GetInfo().GetProgramDirectory()
	find := exec.Command("node", "-e", "process.stdout.write(require.resolve('@pulumi/pulumi/cmd/run-policy-pack'))")
	find.Dir = dir
	find.Stderr = os.Stderr
	runner, err := find.Output()
	if err != nil {
		return status.Errorf(codes.FailedPrecondition,
			"cannot find @pulumi/pulumi/cmd/run-policy-pack from %s: are the policy pack's dependencies installed? %v",
			dir, err)
	}
	args := append(append([]string{string(runner)}, request.GetArgs()...), dir)
	pack := exec.CommandContext(stream.Context(), "node", args...)
	pack.Dir = dir
	pack.Env = request.GetEnv()
	var sending sync.Mutex
	send := func(response *pulumirpc.RunPluginResponse) error {
		sending.Lock()
		defer sending.Unlock()
		return stream.SendMsg(response)
	}
	pack.Stdout = streamWriter(func(b []byte) error {
		return send(&pulumirpc.RunPluginResponse{Output: &pulumirpc.RunPluginResponse_Stdout{Stdout: b}})
	})
	pack.Stderr = streamWriter(func(b []byte) error {
		return send(&pulumirpc.RunPluginResponse{Output: &pulumirpc.RunPluginResponse_Stderr{Stderr: b}})
	})
	err = pack.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return send(&pulumirpc.RunPluginResponse{
			Output: &pulumirpc.RunPluginResponse_Exitcode{Exitcode: int32(exit.ExitCode())},
		})
	}
	return err
}

// streamWriter sends each chunk a process writes as one message.
type streamWriter func([]byte) error

func (w streamWriter) Write(b []byte) (int, error) {
	if err := w(append([]byte(nil), b...)); err != nil {
		return 0, err
	}
	return len(b), nil
}
