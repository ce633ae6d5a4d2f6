// Command control-plane runs kube-apiserver, kube-controller-manager and kube-scheduler
// in one process, as k3s embeds them (k3s pkg/daemons/executor/embed.go): one Go
// runtime, one heap, one binary's code in memory. The box (tests/box.py) runs it so
// that what it measures is what the k3s service holds, not the sum of three programs
// that each carry their own runtime and copy of client-go.
//
//	control-plane --kube-apiserver ARGS... --kube-controller-manager ARGS... --kube-scheduler ARGS...
//
// The controller manager and the scheduler start once the API server's /readyz answers
// through the controller manager's --kubeconfig, as k3s starts them after the API server.
package main

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/tools/clientcmd"
	logsapi "k8s.io/component-base/logs/api/v1"
	_ "k8s.io/component-base/logs/json/register"
	_ "k8s.io/component-base/metrics/prometheus/clientgo"
	_ "k8s.io/component-base/metrics/prometheus/version"
	apiserver "k8s.io/kubernetes/cmd/kube-apiserver/app"
	controllermanager "k8s.io/kubernetes/cmd/kube-controller-manager/app"
	scheduler "k8s.io/kubernetes/cmd/kube-scheduler/app"
	scheduleroptions "k8s.io/kubernetes/cmd/kube-scheduler/app/options"
)

var components = []string{"kube-apiserver", "kube-controller-manager", "kube-scheduler"}

func main() {
	groups, err := split(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "control-plane:", err)
		os.Exit(2)
	}
	// Each command applies the logging configuration; the second would refuse to
	// (component-base's default) although all three use the same one.
	logsapi.ReapplyHandling = logsapi.ReapplyHandlingIgnoreUnchanged
	exited := make(chan error, len(components))
	run := func(name string, command *cobra.Command) {
		command.SetArgs(groups[name])
		go func() { exited <- fmt.Errorf("%s exited: %v", name, command.Execute()) }()
	}
	run("kube-apiserver", apiserver.NewAPIServerCommand())
	if err := waitReady(flagValue(groups["kube-controller-manager"], "--kubeconfig"), exited); err != nil {
		fmt.Fprintln(os.Stderr, "control-plane:", err)
		os.Exit(1)
	}
	run("kube-controller-manager", controllermanager.NewControllerManagerCommand())
	go func() { exited <- fmt.Errorf("kube-scheduler exited: %v", runScheduler(groups["kube-scheduler"])) }()
	fmt.Fprintln(os.Stderr, "control-plane:", <-exited)
	os.Exit(1)
}

// runScheduler is kube-scheduler's own command without its signal handler: the API
// server's command has installed the process's one (k8s.io/apiserver allows a single
// one), and the box stops the whole process.
func runScheduler(args []string) error {
	opts := scheduleroptions.NewOptions()
	flags := pflag.NewFlagSet("kube-scheduler", pflag.ContinueOnError)
	for _, set := range opts.Flags.FlagSets {
		flags.AddFlagSet(set)
	}
	if err := flags.Parse(args); err != nil {
		return err
	}
	if err := opts.ComponentGlobalsRegistry.Set(); err != nil {
		return err
	}
	if err := logsapi.ValidateAndApply(opts.Logs, nil); err != nil {
		return err
	}
	ctx := context.Background()
	config, sched, err := scheduler.Setup(ctx, opts)
	if err != nil {
		return err
	}
	return scheduler.Run(ctx, config, sched)
}

// split reads `--kube-apiserver ARGS... --kube-controller-manager ARGS... --kube-scheduler ARGS...`.
func split(args []string) (map[string][]string, error) {
	groups := map[string][]string{}
	current := ""
	for _, arg := range args {
		if name := strings.TrimPrefix(arg, "--"); slices.Contains(components, name) {
			current = name
			groups[name] = []string{}
			continue
		}
		if current == "" {
			return nil, fmt.Errorf("%q comes before --kube-apiserver, --kube-controller-manager or --kube-scheduler", arg)
		}
		groups[current] = append(groups[current], arg)
	}
	for _, name := range components {
		if _, ok := groups[name]; !ok {
			return nil, fmt.Errorf("no --%s group of arguments", name)
		}
	}
	return groups, nil
}

func flagValue(args []string, name string) string {
	for _, arg := range args {
		if value, ok := strings.CutPrefix(arg, name+"="); ok {
			return value
		}
	}
	return ""
}

// waitReady polls the API server's /readyz with the given kubeconfig (the box writes it
// before it starts this process) for up to two minutes.
func waitReady(kubeconfig string, exited <-chan error) error {
	config, err := clientcmd.BuildConfigFromFlags("", kubeconfig)
	if err != nil {
		return fmt.Errorf("the controller manager's --kubeconfig: %v", err)
	}
	client, err := kubernetes.NewForConfig(config)
	if err != nil {
		return err
	}
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		select {
		case err := <-exited:
			return err
		default:
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		_, err := client.Discovery().RESTClient().Get().AbsPath("/readyz").DoRaw(ctx)
		cancel()
		if err == nil {
			return nil
		}
		time.Sleep(500 * time.Millisecond)
	}
	return fmt.Errorf("the API server was not ready after two minutes")
}
