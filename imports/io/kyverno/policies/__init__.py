from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class PolicyException(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iokyvernopolicies.PolicyException",
):
    '''PolicyException declares resources to be excluded from specified policies.

    :schema: PolicyException
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["PolicyExceptionSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "PolicyException" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: Spec declares policy exception behaviors.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__43b7339a4e433f312ff6ca16a7d07425e8b0dff02ea30bcdb190d4369a5729aa)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = PolicyExceptionProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["PolicyExceptionSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "PolicyException".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: Spec declares policy exception behaviors.
        :param metadata: 
        '''
        props = PolicyExceptionProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "PolicyException".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iokyvernopolicies.PolicyExceptionProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class PolicyExceptionProps:
    def __init__(
        self,
        *,
        spec: typing.Union["PolicyExceptionSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''PolicyException declares resources to be excluded from specified policies.

        :param spec: Spec declares policy exception behaviors.
        :param metadata: 

        :schema: PolicyException
        '''
        if isinstance(spec, dict):
            spec = PolicyExceptionSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c2beff9ec38de397da69c0416868855bc66371d6943b25a676b1d84874db89af)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "PolicyExceptionSpec":
        '''Spec declares policy exception behaviors.

        :schema: PolicyException#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("PolicyExceptionSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: PolicyException#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.PolicyExceptionSpec",
    jsii_struct_bases=[],
    name_mapping={
        "policy_refs": "policyRefs",
        "allowed_values": "allowedValues",
        "evaluation_mode": "evaluationMode",
        "expires_at": "expiresAt",
        "images": "images",
        "match_conditions": "matchConditions",
        "properties": "properties",
        "report_result": "reportResult",
    },
)
class PolicyExceptionSpec:
    def __init__(
        self,
        *,
        policy_refs: typing.Sequence[typing.Union["PolicyExceptionSpecPolicyRefs", typing.Dict[builtins.str, typing.Any]]],
        allowed_values: typing.Optional[typing.Sequence[builtins.str]] = None,
        evaluation_mode: typing.Optional[builtins.str] = None,
        expires_at: typing.Optional[datetime.datetime] = None,
        images: typing.Optional[typing.Sequence[builtins.str]] = None,
        match_conditions: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionSpecMatchConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
        properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        report_result: typing.Optional["PolicyExceptionSpecReportResult"] = None,
    ) -> None:
        '''Spec declares policy exception behaviors.

        :param policy_refs: PolicyRefs identifies the policies to which the exception is applied.
        :param allowed_values: AllowedValues specifies values that can be used in CEL expressions to bypass policy checks. These values can be referenced in CEL expressions via ``exceptions.allowedValues``.
        :param evaluation_mode: Evaluation mode denotes which controller is in charge of compiling and handling this exception.
        :param expires_at: ExpiresAt specifies the time when the policy exception expires. Once expired, the exception will no longer be applied to incoming requests. The expected format is RFC3339 date-time (for example "2026-05-01T00:00:00Z").
        :param images: Images specifies container images to be excluded from policy evaluation. These excluded images can be referenced in CEL expressions via ``exceptions.allowedImages``.
        :param match_conditions: MatchConditions is a list of CEL expressions that must be met for a resource to be excluded.
        :param properties: Properties is an optional map for additional metadata attached to this exception. For example: - reason: why this exception is needed - ticket: external approval/request identifier - approved-by: comma-separated approver list
        :param report_result: ReportResult indicates whether the policy exception should be reported in the policy report as a skip result or pass result. Defaults to "skip". Default: skip".

        :schema: PolicyExceptionSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ba14d20a7339ee6f394e626f72672ed895fbb374de81974dd54108c1e694cec9)
            check_type(argname="argument policy_refs", value=policy_refs, expected_type=type_hints["policy_refs"])
            check_type(argname="argument allowed_values", value=allowed_values, expected_type=type_hints["allowed_values"])
            check_type(argname="argument evaluation_mode", value=evaluation_mode, expected_type=type_hints["evaluation_mode"])
            check_type(argname="argument expires_at", value=expires_at, expected_type=type_hints["expires_at"])
            check_type(argname="argument images", value=images, expected_type=type_hints["images"])
            check_type(argname="argument match_conditions", value=match_conditions, expected_type=type_hints["match_conditions"])
            check_type(argname="argument properties", value=properties, expected_type=type_hints["properties"])
            check_type(argname="argument report_result", value=report_result, expected_type=type_hints["report_result"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "policy_refs": policy_refs,
        }
        if allowed_values is not None:
            self._values["allowed_values"] = allowed_values
        if evaluation_mode is not None:
            self._values["evaluation_mode"] = evaluation_mode
        if expires_at is not None:
            self._values["expires_at"] = expires_at
        if images is not None:
            self._values["images"] = images
        if match_conditions is not None:
            self._values["match_conditions"] = match_conditions
        if properties is not None:
            self._values["properties"] = properties
        if report_result is not None:
            self._values["report_result"] = report_result

    @builtins.property
    def policy_refs(self) -> typing.List["PolicyExceptionSpecPolicyRefs"]:
        '''PolicyRefs identifies the policies to which the exception is applied.

        :schema: PolicyExceptionSpec#policyRefs
        '''
        result = self._values.get("policy_refs")
        assert result is not None, "Required property 'policy_refs' is missing"
        return typing.cast(typing.List["PolicyExceptionSpecPolicyRefs"], result)

    @builtins.property
    def allowed_values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''AllowedValues specifies values that can be used in CEL expressions to bypass policy checks.

        These values can be referenced in CEL expressions via ``exceptions.allowedValues``.

        :schema: PolicyExceptionSpec#allowedValues
        '''
        result = self._values.get("allowed_values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def evaluation_mode(self) -> typing.Optional[builtins.str]:
        '''Evaluation mode denotes which controller is in charge of compiling and handling this exception.

        :schema: PolicyExceptionSpec#evaluationMode
        '''
        result = self._values.get("evaluation_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def expires_at(self) -> typing.Optional[datetime.datetime]:
        '''ExpiresAt specifies the time when the policy exception expires.

        Once expired, the exception will no longer be applied to incoming requests.
        The expected format is RFC3339 date-time (for example "2026-05-01T00:00:00Z").

        :schema: PolicyExceptionSpec#expiresAt
        '''
        result = self._values.get("expires_at")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def images(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Images specifies container images to be excluded from policy evaluation.

        These excluded images can be referenced in CEL expressions via ``exceptions.allowedImages``.

        :schema: PolicyExceptionSpec#images
        '''
        result = self._values.get("images")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def match_conditions(
        self,
    ) -> typing.Optional[typing.List["PolicyExceptionSpecMatchConditions"]]:
        '''MatchConditions is a list of CEL expressions that must be met for a resource to be excluded.

        :schema: PolicyExceptionSpec#matchConditions
        '''
        result = self._values.get("match_conditions")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionSpecMatchConditions"]], result)

    @builtins.property
    def properties(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Properties is an optional map for additional metadata attached to this exception.

        For example:

        - reason: why this exception is needed
        - ticket: external approval/request identifier
        - approved-by: comma-separated approver list

        :schema: PolicyExceptionSpec#properties
        '''
        result = self._values.get("properties")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def report_result(self) -> typing.Optional["PolicyExceptionSpecReportResult"]:
        '''ReportResult indicates whether the policy exception should be reported in the policy report as a skip result or pass result.

        Defaults to "skip".

        :default: skip".

        :schema: PolicyExceptionSpec#reportResult
        '''
        result = self._values.get("report_result")
        return typing.cast(typing.Optional["PolicyExceptionSpecReportResult"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.PolicyExceptionSpecMatchConditions",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "name": "name"},
)
class PolicyExceptionSpecMatchConditions:
    def __init__(self, *, expression: builtins.str, name: builtins.str) -> None:
        '''MatchCondition represents a condition which must by fulfilled for a request to be sent to a webhook.

        :param expression: expression represents the expression which will be evaluated by CEL. Must evaluate to bool. CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables: 'object' - The object from the incoming request. The value is null for DELETE requests. 'oldObject' - The existing object. The value is null for CREATE requests. 'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest). 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request. See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the request resource. Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/ Required.
        :param name: name is an identifier for this match condition, used for strategic merging of MatchConditions, as well as providing an identifier for logging purposes. A good name should be descriptive of the associated expression. Name must be a qualified name consisting of alphanumeric characters, '-', '*' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9*.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName') Required.

        :schema: PolicyExceptionSpecMatchConditions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a92a6584f311a9f728c506a9f57528ac289aa7740198d631aba6508278920dc)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
            "name": name,
        }

    @builtins.property
    def expression(self) -> builtins.str:
        '''expression represents the expression which will be evaluated by CEL.

        Must evaluate to bool.
        CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables:

        'object' - The object from the incoming request. The value is null for DELETE requests.
        'oldObject' - The existing object. The value is null for CREATE requests.
        'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest).
        'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request.
        See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz
        'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the
        request resource.
        Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/

        Required.

        :schema: PolicyExceptionSpecMatchConditions#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name is an identifier for this match condition, used for strategic merging of MatchConditions, as well as providing an identifier for logging purposes.

        A good name should be descriptive of
        the associated expression.
        Name must be a qualified name consisting of alphanumeric characters, '-', '*' or '.', and
        must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or
        '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9*.]*)?[A-Za-z0-9]') with an
        optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')

        Required.

        :schema: PolicyExceptionSpecMatchConditions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionSpecMatchConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.PolicyExceptionSpecPolicyRefs",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name"},
)
class PolicyExceptionSpecPolicyRefs:
    def __init__(self, *, kind: builtins.str, name: builtins.str) -> None:
        '''
        :param kind: Kind is the kind of the policy.
        :param name: Name is the name of the policy.

        :schema: PolicyExceptionSpecPolicyRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ffb7a65011ea85a164f6697a5044d27ac4c37c2f38e92698d090b0031344a2b4)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind is the kind of the policy.

        :schema: PolicyExceptionSpecPolicyRefs#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the policy.

        :schema: PolicyExceptionSpecPolicyRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionSpecPolicyRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="iokyvernopolicies.PolicyExceptionSpecReportResult")
class PolicyExceptionSpecReportResult(enum.Enum):
    '''ReportResult indicates whether the policy exception should be reported in the policy report as a skip result or pass result.

    Defaults to "skip".

    :default: skip".

    :schema: PolicyExceptionSpecReportResult
    '''

    SKIP = "SKIP"
    '''skip.'''
    PASS = "PASS"
    '''pass.'''


class PolicyExceptionV1Alpha1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iokyvernopolicies.PolicyExceptionV1Alpha1",
):
    '''PolicyException declares resources to be excluded from specified policies.

    :schema: PolicyExceptionV1Alpha1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["PolicyExceptionV1Alpha1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "PolicyExceptionV1Alpha1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: Spec declares policy exception behaviors.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f80e962e02b45bc9dcd28fc1125ffb4831033b93f31e64f0c690c4818579d59f)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = PolicyExceptionV1Alpha1Props(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["PolicyExceptionV1Alpha1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "PolicyExceptionV1Alpha1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: Spec declares policy exception behaviors.
        :param metadata: 
        '''
        props = PolicyExceptionV1Alpha1Props(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "PolicyExceptionV1Alpha1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iokyvernopolicies.PolicyExceptionV1Alpha1Props",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class PolicyExceptionV1Alpha1Props:
    def __init__(
        self,
        *,
        spec: typing.Union["PolicyExceptionV1Alpha1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''PolicyException declares resources to be excluded from specified policies.

        :param spec: Spec declares policy exception behaviors.
        :param metadata: 

        :schema: PolicyExceptionV1Alpha1
        '''
        if isinstance(spec, dict):
            spec = PolicyExceptionV1Alpha1Spec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__afec064281848dcf6eace0d40e63fb5a13bbfb5087a30e3b9cbc9b2b051a1fef)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "PolicyExceptionV1Alpha1Spec":
        '''Spec declares policy exception behaviors.

        :schema: PolicyExceptionV1Alpha1#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("PolicyExceptionV1Alpha1Spec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: PolicyExceptionV1Alpha1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV1Alpha1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.PolicyExceptionV1Alpha1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "policy_refs": "policyRefs",
        "allowed_values": "allowedValues",
        "evaluation_mode": "evaluationMode",
        "expires_at": "expiresAt",
        "images": "images",
        "match_conditions": "matchConditions",
        "properties": "properties",
        "report_result": "reportResult",
    },
)
class PolicyExceptionV1Alpha1Spec:
    def __init__(
        self,
        *,
        policy_refs: typing.Sequence[typing.Union["PolicyExceptionV1Alpha1SpecPolicyRefs", typing.Dict[builtins.str, typing.Any]]],
        allowed_values: typing.Optional[typing.Sequence[builtins.str]] = None,
        evaluation_mode: typing.Optional[builtins.str] = None,
        expires_at: typing.Optional[datetime.datetime] = None,
        images: typing.Optional[typing.Sequence[builtins.str]] = None,
        match_conditions: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionV1Alpha1SpecMatchConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
        properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        report_result: typing.Optional["PolicyExceptionV1Alpha1SpecReportResult"] = None,
    ) -> None:
        '''Spec declares policy exception behaviors.

        :param policy_refs: PolicyRefs identifies the policies to which the exception is applied.
        :param allowed_values: AllowedValues specifies values that can be used in CEL expressions to bypass policy checks. These values can be referenced in CEL expressions via ``exceptions.allowedValues``.
        :param evaluation_mode: Evaluation mode denotes which controller is in charge of compiling and handling this exception.
        :param expires_at: ExpiresAt specifies the time when the policy exception expires. Once expired, the exception will no longer be applied to incoming requests. The expected format is RFC3339 date-time (for example "2026-05-01T00:00:00Z").
        :param images: Images specifies container images to be excluded from policy evaluation. These excluded images can be referenced in CEL expressions via ``exceptions.allowedImages``.
        :param match_conditions: MatchConditions is a list of CEL expressions that must be met for a resource to be excluded.
        :param properties: Properties is an optional map for additional metadata attached to this exception. For example: - reason: why this exception is needed - ticket: external approval/request identifier - approved-by: comma-separated approver list
        :param report_result: ReportResult indicates whether the policy exception should be reported in the policy report as a skip result or pass result. Defaults to "skip". Default: skip".

        :schema: PolicyExceptionV1Alpha1Spec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__21c7adeecb25f7de376297708de5255cd187f2e5d19ed94dded77bf40a9c1fff)
            check_type(argname="argument policy_refs", value=policy_refs, expected_type=type_hints["policy_refs"])
            check_type(argname="argument allowed_values", value=allowed_values, expected_type=type_hints["allowed_values"])
            check_type(argname="argument evaluation_mode", value=evaluation_mode, expected_type=type_hints["evaluation_mode"])
            check_type(argname="argument expires_at", value=expires_at, expected_type=type_hints["expires_at"])
            check_type(argname="argument images", value=images, expected_type=type_hints["images"])
            check_type(argname="argument match_conditions", value=match_conditions, expected_type=type_hints["match_conditions"])
            check_type(argname="argument properties", value=properties, expected_type=type_hints["properties"])
            check_type(argname="argument report_result", value=report_result, expected_type=type_hints["report_result"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "policy_refs": policy_refs,
        }
        if allowed_values is not None:
            self._values["allowed_values"] = allowed_values
        if evaluation_mode is not None:
            self._values["evaluation_mode"] = evaluation_mode
        if expires_at is not None:
            self._values["expires_at"] = expires_at
        if images is not None:
            self._values["images"] = images
        if match_conditions is not None:
            self._values["match_conditions"] = match_conditions
        if properties is not None:
            self._values["properties"] = properties
        if report_result is not None:
            self._values["report_result"] = report_result

    @builtins.property
    def policy_refs(self) -> typing.List["PolicyExceptionV1Alpha1SpecPolicyRefs"]:
        '''PolicyRefs identifies the policies to which the exception is applied.

        :schema: PolicyExceptionV1Alpha1Spec#policyRefs
        '''
        result = self._values.get("policy_refs")
        assert result is not None, "Required property 'policy_refs' is missing"
        return typing.cast(typing.List["PolicyExceptionV1Alpha1SpecPolicyRefs"], result)

    @builtins.property
    def allowed_values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''AllowedValues specifies values that can be used in CEL expressions to bypass policy checks.

        These values can be referenced in CEL expressions via ``exceptions.allowedValues``.

        :schema: PolicyExceptionV1Alpha1Spec#allowedValues
        '''
        result = self._values.get("allowed_values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def evaluation_mode(self) -> typing.Optional[builtins.str]:
        '''Evaluation mode denotes which controller is in charge of compiling and handling this exception.

        :schema: PolicyExceptionV1Alpha1Spec#evaluationMode
        '''
        result = self._values.get("evaluation_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def expires_at(self) -> typing.Optional[datetime.datetime]:
        '''ExpiresAt specifies the time when the policy exception expires.

        Once expired, the exception will no longer be applied to incoming requests.
        The expected format is RFC3339 date-time (for example "2026-05-01T00:00:00Z").

        :schema: PolicyExceptionV1Alpha1Spec#expiresAt
        '''
        result = self._values.get("expires_at")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def images(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Images specifies container images to be excluded from policy evaluation.

        These excluded images can be referenced in CEL expressions via ``exceptions.allowedImages``.

        :schema: PolicyExceptionV1Alpha1Spec#images
        '''
        result = self._values.get("images")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def match_conditions(
        self,
    ) -> typing.Optional[typing.List["PolicyExceptionV1Alpha1SpecMatchConditions"]]:
        '''MatchConditions is a list of CEL expressions that must be met for a resource to be excluded.

        :schema: PolicyExceptionV1Alpha1Spec#matchConditions
        '''
        result = self._values.get("match_conditions")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionV1Alpha1SpecMatchConditions"]], result)

    @builtins.property
    def properties(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Properties is an optional map for additional metadata attached to this exception.

        For example:

        - reason: why this exception is needed
        - ticket: external approval/request identifier
        - approved-by: comma-separated approver list

        :schema: PolicyExceptionV1Alpha1Spec#properties
        '''
        result = self._values.get("properties")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def report_result(
        self,
    ) -> typing.Optional["PolicyExceptionV1Alpha1SpecReportResult"]:
        '''ReportResult indicates whether the policy exception should be reported in the policy report as a skip result or pass result.

        Defaults to "skip".

        :default: skip".

        :schema: PolicyExceptionV1Alpha1Spec#reportResult
        '''
        result = self._values.get("report_result")
        return typing.cast(typing.Optional["PolicyExceptionV1Alpha1SpecReportResult"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV1Alpha1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.PolicyExceptionV1Alpha1SpecMatchConditions",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "name": "name"},
)
class PolicyExceptionV1Alpha1SpecMatchConditions:
    def __init__(self, *, expression: builtins.str, name: builtins.str) -> None:
        '''MatchCondition represents a condition which must by fulfilled for a request to be sent to a webhook.

        :param expression: expression represents the expression which will be evaluated by CEL. Must evaluate to bool. CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables: 'object' - The object from the incoming request. The value is null for DELETE requests. 'oldObject' - The existing object. The value is null for CREATE requests. 'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest). 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request. See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the request resource. Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/ Required.
        :param name: name is an identifier for this match condition, used for strategic merging of MatchConditions, as well as providing an identifier for logging purposes. A good name should be descriptive of the associated expression. Name must be a qualified name consisting of alphanumeric characters, '-', '*' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9*.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName') Required.

        :schema: PolicyExceptionV1Alpha1SpecMatchConditions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1bc65ced2ee48c0c44b6e26d0c063c1a3a14db275ab2e7716311a32d0cefbffd)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
            "name": name,
        }

    @builtins.property
    def expression(self) -> builtins.str:
        '''expression represents the expression which will be evaluated by CEL.

        Must evaluate to bool.
        CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables:

        'object' - The object from the incoming request. The value is null for DELETE requests.
        'oldObject' - The existing object. The value is null for CREATE requests.
        'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest).
        'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request.
        See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz
        'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the
        request resource.
        Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/

        Required.

        :schema: PolicyExceptionV1Alpha1SpecMatchConditions#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name is an identifier for this match condition, used for strategic merging of MatchConditions, as well as providing an identifier for logging purposes.

        A good name should be descriptive of
        the associated expression.
        Name must be a qualified name consisting of alphanumeric characters, '-', '*' or '.', and
        must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or
        '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9*.]*)?[A-Za-z0-9]') with an
        optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')

        Required.

        :schema: PolicyExceptionV1Alpha1SpecMatchConditions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV1Alpha1SpecMatchConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.PolicyExceptionV1Alpha1SpecPolicyRefs",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name"},
)
class PolicyExceptionV1Alpha1SpecPolicyRefs:
    def __init__(self, *, kind: builtins.str, name: builtins.str) -> None:
        '''
        :param kind: Kind is the kind of the policy.
        :param name: Name is the name of the policy.

        :schema: PolicyExceptionV1Alpha1SpecPolicyRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1e2fd074a6a7add3f196330a08f8d71a703582713601c677be289435783459f1)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind is the kind of the policy.

        :schema: PolicyExceptionV1Alpha1SpecPolicyRefs#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the policy.

        :schema: PolicyExceptionV1Alpha1SpecPolicyRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV1Alpha1SpecPolicyRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="iokyvernopolicies.PolicyExceptionV1Alpha1SpecReportResult")
class PolicyExceptionV1Alpha1SpecReportResult(enum.Enum):
    '''ReportResult indicates whether the policy exception should be reported in the policy report as a skip result or pass result.

    Defaults to "skip".

    :default: skip".

    :schema: PolicyExceptionV1Alpha1SpecReportResult
    '''

    SKIP = "SKIP"
    '''skip.'''
    PASS = "PASS"
    '''pass.'''


class PolicyExceptionV1Beta1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iokyvernopolicies.PolicyExceptionV1Beta1",
):
    '''PolicyException declares resources to be excluded from specified policies.

    :schema: PolicyExceptionV1Beta1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["PolicyExceptionV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "PolicyExceptionV1Beta1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: Spec declares policy exception behaviors.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2e8dbaafe3da3bda83c310fb18d138e4e1fd022fc09d4a0b57f9a1e853f77811)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = PolicyExceptionV1Beta1Props(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["PolicyExceptionV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "PolicyExceptionV1Beta1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: Spec declares policy exception behaviors.
        :param metadata: 
        '''
        props = PolicyExceptionV1Beta1Props(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "PolicyExceptionV1Beta1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iokyvernopolicies.PolicyExceptionV1Beta1Props",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class PolicyExceptionV1Beta1Props:
    def __init__(
        self,
        *,
        spec: typing.Union["PolicyExceptionV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''PolicyException declares resources to be excluded from specified policies.

        :param spec: Spec declares policy exception behaviors.
        :param metadata: 

        :schema: PolicyExceptionV1Beta1
        '''
        if isinstance(spec, dict):
            spec = PolicyExceptionV1Beta1Spec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1c7eddcc33fbf08442dd723d4b4cce29e7f989d31a0305e7eeaa1f3020b6b878)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "PolicyExceptionV1Beta1Spec":
        '''Spec declares policy exception behaviors.

        :schema: PolicyExceptionV1Beta1#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("PolicyExceptionV1Beta1Spec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: PolicyExceptionV1Beta1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV1Beta1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.PolicyExceptionV1Beta1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "policy_refs": "policyRefs",
        "allowed_values": "allowedValues",
        "evaluation_mode": "evaluationMode",
        "expires_at": "expiresAt",
        "images": "images",
        "match_conditions": "matchConditions",
        "properties": "properties",
        "report_result": "reportResult",
    },
)
class PolicyExceptionV1Beta1Spec:
    def __init__(
        self,
        *,
        policy_refs: typing.Sequence[typing.Union["PolicyExceptionV1Beta1SpecPolicyRefs", typing.Dict[builtins.str, typing.Any]]],
        allowed_values: typing.Optional[typing.Sequence[builtins.str]] = None,
        evaluation_mode: typing.Optional[builtins.str] = None,
        expires_at: typing.Optional[datetime.datetime] = None,
        images: typing.Optional[typing.Sequence[builtins.str]] = None,
        match_conditions: typing.Optional[typing.Sequence[typing.Union["PolicyExceptionV1Beta1SpecMatchConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
        properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        report_result: typing.Optional["PolicyExceptionV1Beta1SpecReportResult"] = None,
    ) -> None:
        '''Spec declares policy exception behaviors.

        :param policy_refs: PolicyRefs identifies the policies to which the exception is applied.
        :param allowed_values: AllowedValues specifies values that can be used in CEL expressions to bypass policy checks. These values can be referenced in CEL expressions via ``exceptions.allowedValues``.
        :param evaluation_mode: Evaluation mode denotes which controller is in charge of compiling and handling this exception.
        :param expires_at: ExpiresAt specifies the time when the policy exception expires. Once expired, the exception will no longer be applied to incoming requests. The expected format is RFC3339 date-time (for example "2026-05-01T00:00:00Z").
        :param images: Images specifies container images to be excluded from policy evaluation. These excluded images can be referenced in CEL expressions via ``exceptions.allowedImages``.
        :param match_conditions: MatchConditions is a list of CEL expressions that must be met for a resource to be excluded.
        :param properties: Properties is an optional map for additional metadata attached to this exception. For example: - reason: why this exception is needed - ticket: external approval/request identifier - approved-by: comma-separated approver list
        :param report_result: ReportResult indicates whether the policy exception should be reported in the policy report as a skip result or pass result. Defaults to "skip". Default: skip".

        :schema: PolicyExceptionV1Beta1Spec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f6e0613759711d5f0bd21bbaae491a01330bd98a6efe40bd6e13442e416431d8)
            check_type(argname="argument policy_refs", value=policy_refs, expected_type=type_hints["policy_refs"])
            check_type(argname="argument allowed_values", value=allowed_values, expected_type=type_hints["allowed_values"])
            check_type(argname="argument evaluation_mode", value=evaluation_mode, expected_type=type_hints["evaluation_mode"])
            check_type(argname="argument expires_at", value=expires_at, expected_type=type_hints["expires_at"])
            check_type(argname="argument images", value=images, expected_type=type_hints["images"])
            check_type(argname="argument match_conditions", value=match_conditions, expected_type=type_hints["match_conditions"])
            check_type(argname="argument properties", value=properties, expected_type=type_hints["properties"])
            check_type(argname="argument report_result", value=report_result, expected_type=type_hints["report_result"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "policy_refs": policy_refs,
        }
        if allowed_values is not None:
            self._values["allowed_values"] = allowed_values
        if evaluation_mode is not None:
            self._values["evaluation_mode"] = evaluation_mode
        if expires_at is not None:
            self._values["expires_at"] = expires_at
        if images is not None:
            self._values["images"] = images
        if match_conditions is not None:
            self._values["match_conditions"] = match_conditions
        if properties is not None:
            self._values["properties"] = properties
        if report_result is not None:
            self._values["report_result"] = report_result

    @builtins.property
    def policy_refs(self) -> typing.List["PolicyExceptionV1Beta1SpecPolicyRefs"]:
        '''PolicyRefs identifies the policies to which the exception is applied.

        :schema: PolicyExceptionV1Beta1Spec#policyRefs
        '''
        result = self._values.get("policy_refs")
        assert result is not None, "Required property 'policy_refs' is missing"
        return typing.cast(typing.List["PolicyExceptionV1Beta1SpecPolicyRefs"], result)

    @builtins.property
    def allowed_values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''AllowedValues specifies values that can be used in CEL expressions to bypass policy checks.

        These values can be referenced in CEL expressions via ``exceptions.allowedValues``.

        :schema: PolicyExceptionV1Beta1Spec#allowedValues
        '''
        result = self._values.get("allowed_values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def evaluation_mode(self) -> typing.Optional[builtins.str]:
        '''Evaluation mode denotes which controller is in charge of compiling and handling this exception.

        :schema: PolicyExceptionV1Beta1Spec#evaluationMode
        '''
        result = self._values.get("evaluation_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def expires_at(self) -> typing.Optional[datetime.datetime]:
        '''ExpiresAt specifies the time when the policy exception expires.

        Once expired, the exception will no longer be applied to incoming requests.
        The expected format is RFC3339 date-time (for example "2026-05-01T00:00:00Z").

        :schema: PolicyExceptionV1Beta1Spec#expiresAt
        '''
        result = self._values.get("expires_at")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def images(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Images specifies container images to be excluded from policy evaluation.

        These excluded images can be referenced in CEL expressions via ``exceptions.allowedImages``.

        :schema: PolicyExceptionV1Beta1Spec#images
        '''
        result = self._values.get("images")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def match_conditions(
        self,
    ) -> typing.Optional[typing.List["PolicyExceptionV1Beta1SpecMatchConditions"]]:
        '''MatchConditions is a list of CEL expressions that must be met for a resource to be excluded.

        :schema: PolicyExceptionV1Beta1Spec#matchConditions
        '''
        result = self._values.get("match_conditions")
        return typing.cast(typing.Optional[typing.List["PolicyExceptionV1Beta1SpecMatchConditions"]], result)

    @builtins.property
    def properties(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Properties is an optional map for additional metadata attached to this exception.

        For example:

        - reason: why this exception is needed
        - ticket: external approval/request identifier
        - approved-by: comma-separated approver list

        :schema: PolicyExceptionV1Beta1Spec#properties
        '''
        result = self._values.get("properties")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def report_result(
        self,
    ) -> typing.Optional["PolicyExceptionV1Beta1SpecReportResult"]:
        '''ReportResult indicates whether the policy exception should be reported in the policy report as a skip result or pass result.

        Defaults to "skip".

        :default: skip".

        :schema: PolicyExceptionV1Beta1Spec#reportResult
        '''
        result = self._values.get("report_result")
        return typing.cast(typing.Optional["PolicyExceptionV1Beta1SpecReportResult"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV1Beta1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.PolicyExceptionV1Beta1SpecMatchConditions",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "name": "name"},
)
class PolicyExceptionV1Beta1SpecMatchConditions:
    def __init__(self, *, expression: builtins.str, name: builtins.str) -> None:
        '''MatchCondition represents a condition which must by fulfilled for a request to be sent to a webhook.

        :param expression: expression represents the expression which will be evaluated by CEL. Must evaluate to bool. CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables: 'object' - The object from the incoming request. The value is null for DELETE requests. 'oldObject' - The existing object. The value is null for CREATE requests. 'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest). 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request. See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the request resource. Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/ Required.
        :param name: name is an identifier for this match condition, used for strategic merging of MatchConditions, as well as providing an identifier for logging purposes. A good name should be descriptive of the associated expression. Name must be a qualified name consisting of alphanumeric characters, '-', '*' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9*.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName') Required.

        :schema: PolicyExceptionV1Beta1SpecMatchConditions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9fe6a1b5f0cbbe748b4ccdabe0a8b1fcaa704800b0e538f173b21308dfbda752)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
            "name": name,
        }

    @builtins.property
    def expression(self) -> builtins.str:
        '''expression represents the expression which will be evaluated by CEL.

        Must evaluate to bool.
        CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables:

        'object' - The object from the incoming request. The value is null for DELETE requests.
        'oldObject' - The existing object. The value is null for CREATE requests.
        'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest).
        'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request.
        See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz
        'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the
        request resource.
        Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/

        Required.

        :schema: PolicyExceptionV1Beta1SpecMatchConditions#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name is an identifier for this match condition, used for strategic merging of MatchConditions, as well as providing an identifier for logging purposes.

        A good name should be descriptive of
        the associated expression.
        Name must be a qualified name consisting of alphanumeric characters, '-', '*' or '.', and
        must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or
        '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9*.]*)?[A-Za-z0-9]') with an
        optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')

        Required.

        :schema: PolicyExceptionV1Beta1SpecMatchConditions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV1Beta1SpecMatchConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.PolicyExceptionV1Beta1SpecPolicyRefs",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name"},
)
class PolicyExceptionV1Beta1SpecPolicyRefs:
    def __init__(self, *, kind: builtins.str, name: builtins.str) -> None:
        '''
        :param kind: Kind is the kind of the policy.
        :param name: Name is the name of the policy.

        :schema: PolicyExceptionV1Beta1SpecPolicyRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eb5c150b2130c4581ebe8c91f21487e814dcb9b9e6df0aa9416c96edda931fcf)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind is the kind of the policy.

        :schema: PolicyExceptionV1Beta1SpecPolicyRefs#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the policy.

        :schema: PolicyExceptionV1Beta1SpecPolicyRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PolicyExceptionV1Beta1SpecPolicyRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="iokyvernopolicies.PolicyExceptionV1Beta1SpecReportResult")
class PolicyExceptionV1Beta1SpecReportResult(enum.Enum):
    '''ReportResult indicates whether the policy exception should be reported in the policy report as a skip result or pass result.

    Defaults to "skip".

    :default: skip".

    :schema: PolicyExceptionV1Beta1SpecReportResult
    '''

    SKIP = "SKIP"
    '''skip.'''
    PASS = "PASS"
    '''pass.'''


class ValidatingPolicy(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iokyvernopolicies.ValidatingPolicy",
):
    '''
    :schema: ValidatingPolicy
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ValidatingPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ValidatingPolicy" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__de4658a6fef47fbfc68b03ed595b6b42216454f533860c7be0720c398fa1a4dd)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ValidatingPolicyProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ValidatingPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ValidatingPolicy".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.
        :param metadata: 
        '''
        props = ValidatingPolicyProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ValidatingPolicy".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ValidatingPolicyProps:
    def __init__(
        self,
        *,
        spec: typing.Union["ValidatingPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.
        :param metadata: 

        :schema: ValidatingPolicy
        '''
        if isinstance(spec, dict):
            spec = ValidatingPolicySpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__893bdf8ef32f6c1e4adc482197f1f257242cd1e59eaff92aa7101ca43af00db9)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ValidatingPolicySpec":
        '''ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.

        :schema: ValidatingPolicy#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ValidatingPolicySpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ValidatingPolicy#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicySpec",
    jsii_struct_bases=[],
    name_mapping={
        "audit_annotations": "auditAnnotations",
        "autogen": "autogen",
        "evaluation": "evaluation",
        "failure_policy": "failurePolicy",
        "match_conditions": "matchConditions",
        "match_constraints": "matchConstraints",
        "validation_actions": "validationActions",
        "validations": "validations",
        "variables": "variables",
        "webhook_configuration": "webhookConfiguration",
    },
)
class ValidatingPolicySpec:
    def __init__(
        self,
        *,
        audit_annotations: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicySpecAuditAnnotations", typing.Dict[builtins.str, typing.Any]]]] = None,
        autogen: typing.Optional[typing.Union["ValidatingPolicySpecAutogen", typing.Dict[builtins.str, typing.Any]]] = None,
        evaluation: typing.Optional[typing.Union["ValidatingPolicySpecEvaluation", typing.Dict[builtins.str, typing.Any]]] = None,
        failure_policy: typing.Optional["ValidatingPolicySpecFailurePolicy"] = None,
        match_conditions: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicySpecMatchConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_constraints: typing.Optional[typing.Union["ValidatingPolicySpecMatchConstraints", typing.Dict[builtins.str, typing.Any]]] = None,
        validation_actions: typing.Optional[typing.Sequence["ValidatingPolicySpecValidationActions"]] = None,
        validations: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicySpecValidations", typing.Dict[builtins.str, typing.Any]]]] = None,
        variables: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicySpecVariables", typing.Dict[builtins.str, typing.Any]]]] = None,
        webhook_configuration: typing.Optional[typing.Union["ValidatingPolicySpecWebhookConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.

        :param audit_annotations: auditAnnotations contains CEL expressions which are used to produce audit annotations for the audit event of the API request. validations and auditAnnotations may not both be empty; a least one of validations or auditAnnotations is required.
        :param autogen: AutogenConfiguration defines the configuration for the generation controller.
        :param evaluation: EvaluationConfiguration defines the configuration for the policy evaluation.
        :param failure_policy: failurePolicy defines how to handle failures for the admission policy. Failures can occur from CEL expression parse errors, type check errors, runtime errors and invalid or mis-configured policy definitions or bindings. failurePolicy does not define how validations that evaluate to false are handled. When failurePolicy is set to Fail, the validationActions field define how failures are enforced. Allowed values are Ignore or Fail. Defaults to Fail. Default: Fail.
        :param match_conditions: MatchConditions is a list of conditions that must be met for a request to be validated. Match conditions filter requests that have already been matched by the rules, namespaceSelector, and objectSelector. An empty list of matchConditions matches all requests. There are a maximum of 64 match conditions allowed. The exact matching logic is (in order): 1. If ANY matchCondition evaluates to FALSE, the policy is skipped. 2. If ALL matchConditions evaluate to TRUE, the policy is evaluated. 3. If any matchCondition evaluates to an error (but none are FALSE): - If failurePolicy=Fail, reject the request - If failurePolicy=Ignore, the policy is skipped
        :param match_constraints: MatchConstraints specifies what resources this policy is designed to validate. The AdmissionPolicy cares about a request if it matches *all* Constraints. Required.
        :param validation_actions: ValidationAction specifies the action to be taken when the matched resource violates the policy. If a validation evaluates to false it is always enforced according to these actions. Failures defined by the ValidatingAdmissionPolicy's FailurePolicy are enforced according to these actions only if the FailurePolicy is set to Fail, otherwise the failures are ignored. This includes compilation errors, runtime errors and misconfigurations of the policy. validationActions is declared as a set of action values. Order does not matter. validationActions may not contain duplicates of the same action. The supported actions values are: "Deny" specifies that a validation failure results in a denied request. "Warn" specifies that a validation failure is reported to the request client in HTTP Warning headers, with a warning code of 299. Warnings can be sent both for allowed or denied admission responses. "Audit" specifies that a validation failure is recorded in the created reports. Clients should expect to handle additional values by ignoring any values not recognized. "Deny" and "Warn" may not be used together since this combination needlessly duplicates the validation failure both in the API response body and the HTTP warning headers. Required.
        :param validations: Validations contain CEL expressions which is used to apply the validation. Validations and AuditAnnotations may not both be empty; a minimum of one Validations or AuditAnnotations is required.
        :param variables: Variables contain definitions of variables that can be used in composition of other expressions. Each variable is defined as a named CEL expression. The variables defined here will be available under ``variables`` in other expressions of the policy except MatchConditions because MatchConditions are evaluated before the rest of the policy. The expression of a variable can refer to other variables defined earlier in the list but not those after. Thus, Variables must be sorted by the order of first appearance and acyclic.
        :param webhook_configuration: WebhookConfiguration defines the configuration for the webhook.

        :schema: ValidatingPolicySpec
        '''
        if isinstance(autogen, dict):
            autogen = ValidatingPolicySpecAutogen(**autogen)
        if isinstance(evaluation, dict):
            evaluation = ValidatingPolicySpecEvaluation(**evaluation)
        if isinstance(match_constraints, dict):
            match_constraints = ValidatingPolicySpecMatchConstraints(**match_constraints)
        if isinstance(webhook_configuration, dict):
            webhook_configuration = ValidatingPolicySpecWebhookConfiguration(**webhook_configuration)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f6aa91efa743e135b982accba49c46e2161024c362faff7a70de6cfb69821fd6)
            check_type(argname="argument audit_annotations", value=audit_annotations, expected_type=type_hints["audit_annotations"])
            check_type(argname="argument autogen", value=autogen, expected_type=type_hints["autogen"])
            check_type(argname="argument evaluation", value=evaluation, expected_type=type_hints["evaluation"])
            check_type(argname="argument failure_policy", value=failure_policy, expected_type=type_hints["failure_policy"])
            check_type(argname="argument match_conditions", value=match_conditions, expected_type=type_hints["match_conditions"])
            check_type(argname="argument match_constraints", value=match_constraints, expected_type=type_hints["match_constraints"])
            check_type(argname="argument validation_actions", value=validation_actions, expected_type=type_hints["validation_actions"])
            check_type(argname="argument validations", value=validations, expected_type=type_hints["validations"])
            check_type(argname="argument variables", value=variables, expected_type=type_hints["variables"])
            check_type(argname="argument webhook_configuration", value=webhook_configuration, expected_type=type_hints["webhook_configuration"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if audit_annotations is not None:
            self._values["audit_annotations"] = audit_annotations
        if autogen is not None:
            self._values["autogen"] = autogen
        if evaluation is not None:
            self._values["evaluation"] = evaluation
        if failure_policy is not None:
            self._values["failure_policy"] = failure_policy
        if match_conditions is not None:
            self._values["match_conditions"] = match_conditions
        if match_constraints is not None:
            self._values["match_constraints"] = match_constraints
        if validation_actions is not None:
            self._values["validation_actions"] = validation_actions
        if validations is not None:
            self._values["validations"] = validations
        if variables is not None:
            self._values["variables"] = variables
        if webhook_configuration is not None:
            self._values["webhook_configuration"] = webhook_configuration

    @builtins.property
    def audit_annotations(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicySpecAuditAnnotations"]]:
        '''auditAnnotations contains CEL expressions which are used to produce audit annotations for the audit event of the API request.

        validations and auditAnnotations may not both be empty; a least one of validations or auditAnnotations is
        required.

        :schema: ValidatingPolicySpec#auditAnnotations
        '''
        result = self._values.get("audit_annotations")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicySpecAuditAnnotations"]], result)

    @builtins.property
    def autogen(self) -> typing.Optional["ValidatingPolicySpecAutogen"]:
        '''AutogenConfiguration defines the configuration for the generation controller.

        :schema: ValidatingPolicySpec#autogen
        '''
        result = self._values.get("autogen")
        return typing.cast(typing.Optional["ValidatingPolicySpecAutogen"], result)

    @builtins.property
    def evaluation(self) -> typing.Optional["ValidatingPolicySpecEvaluation"]:
        '''EvaluationConfiguration defines the configuration for the policy evaluation.

        :schema: ValidatingPolicySpec#evaluation
        '''
        result = self._values.get("evaluation")
        return typing.cast(typing.Optional["ValidatingPolicySpecEvaluation"], result)

    @builtins.property
    def failure_policy(self) -> typing.Optional["ValidatingPolicySpecFailurePolicy"]:
        '''failurePolicy defines how to handle failures for the admission policy.

        Failures can
        occur from CEL expression parse errors, type check errors, runtime errors and invalid
        or mis-configured policy definitions or bindings.

        failurePolicy does not define how validations that evaluate to false are handled.

        When failurePolicy is set to Fail, the validationActions field define how failures are enforced.

        Allowed values are Ignore or Fail. Defaults to Fail.

        :default: Fail.

        :schema: ValidatingPolicySpec#failurePolicy
        '''
        result = self._values.get("failure_policy")
        return typing.cast(typing.Optional["ValidatingPolicySpecFailurePolicy"], result)

    @builtins.property
    def match_conditions(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicySpecMatchConditions"]]:
        '''MatchConditions is a list of conditions that must be met for a request to be validated.

        Match conditions filter requests that have already been matched by the rules,
        namespaceSelector, and objectSelector. An empty list of matchConditions matches all requests.
        There are a maximum of 64 match conditions allowed.

        The exact matching logic is (in order):

        1. If ANY matchCondition evaluates to FALSE, the policy is skipped.
        2. If ALL matchConditions evaluate to TRUE, the policy is evaluated.
        3. If any matchCondition evaluates to an error (but none are FALSE):

        - If failurePolicy=Fail, reject the request
        - If failurePolicy=Ignore, the policy is skipped

        :schema: ValidatingPolicySpec#matchConditions
        '''
        result = self._values.get("match_conditions")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicySpecMatchConditions"]], result)

    @builtins.property
    def match_constraints(
        self,
    ) -> typing.Optional["ValidatingPolicySpecMatchConstraints"]:
        '''MatchConstraints specifies what resources this policy is designed to validate.

        The AdmissionPolicy cares about a request if it matches *all* Constraints.
        Required.

        :schema: ValidatingPolicySpec#matchConstraints
        '''
        result = self._values.get("match_constraints")
        return typing.cast(typing.Optional["ValidatingPolicySpecMatchConstraints"], result)

    @builtins.property
    def validation_actions(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicySpecValidationActions"]]:
        '''ValidationAction specifies the action to be taken when the matched resource violates the policy.

        If a validation evaluates to false it is always enforced according to these actions.

        Failures defined by the ValidatingAdmissionPolicy's FailurePolicy are enforced according
        to these actions only if the FailurePolicy is set to Fail, otherwise the failures are
        ignored. This includes compilation errors, runtime errors and misconfigurations of the policy.

        validationActions is declared as a set of action values. Order does
        not matter. validationActions may not contain duplicates of the same action.

        The supported actions values are:

        "Deny" specifies that a validation failure results in a denied request.

        "Warn" specifies that a validation failure is reported to the request client
        in HTTP Warning headers, with a warning code of 299. Warnings can be sent
        both for allowed or denied admission responses.

        "Audit" specifies that a validation failure is recorded in the created reports.

        Clients should expect to handle additional values by ignoring
        any values not recognized.

        "Deny" and "Warn" may not be used together since this combination
        needlessly duplicates the validation failure both in the
        API response body and the HTTP warning headers.

        Required.

        :schema: ValidatingPolicySpec#validationActions
        '''
        result = self._values.get("validation_actions")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicySpecValidationActions"]], result)

    @builtins.property
    def validations(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicySpecValidations"]]:
        '''Validations contain CEL expressions which is used to apply the validation.

        Validations and AuditAnnotations may not both be empty; a minimum of one Validations or AuditAnnotations is
        required.

        :schema: ValidatingPolicySpec#validations
        '''
        result = self._values.get("validations")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicySpecValidations"]], result)

    @builtins.property
    def variables(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicySpecVariables"]]:
        '''Variables contain definitions of variables that can be used in composition of other expressions.

        Each variable is defined as a named CEL expression.
        The variables defined here will be available under ``variables`` in other expressions of the policy
        except MatchConditions because MatchConditions are evaluated before the rest of the policy.

        The expression of a variable can refer to other variables defined earlier in the list but not those after.
        Thus, Variables must be sorted by the order of first appearance and acyclic.

        :schema: ValidatingPolicySpec#variables
        '''
        result = self._values.get("variables")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicySpecVariables"]], result)

    @builtins.property
    def webhook_configuration(
        self,
    ) -> typing.Optional["ValidatingPolicySpecWebhookConfiguration"]:
        '''WebhookConfiguration defines the configuration for the webhook.

        :schema: ValidatingPolicySpec#webhookConfiguration
        '''
        result = self._values.get("webhook_configuration")
        return typing.cast(typing.Optional["ValidatingPolicySpecWebhookConfiguration"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicySpecAuditAnnotations",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "value_expression": "valueExpression"},
)
class ValidatingPolicySpecAuditAnnotations:
    def __init__(self, *, key: builtins.str, value_expression: builtins.str) -> None:
        '''AuditAnnotation describes how to produce an audit annotation for an API request.

        :param key: key specifies the audit annotation key. The audit annotation keys of a ValidatingAdmissionPolicy must be unique. The key must be a qualified name ([A-Za-z0-9][-A-Za-z0-9_.]*) no more than 63 bytes in length. The key is combined with the resource name of the ValidatingAdmissionPolicy to construct an audit annotation key: "{ValidatingAdmissionPolicy name}/{key}". If an admission webhook uses the same resource name as this ValidatingAdmissionPolicy and the same audit annotation key, the annotation key will be identical. In this case, the first annotation written with the key will be included in the audit event and all subsequent annotations with the same key will be discarded. Required.
        :param value_expression: valueExpression represents the expression which is evaluated by CEL to produce an audit annotation value. The expression must evaluate to either a string or null value. If the expression evaluates to a string, the audit annotation is included with the string value. If the expression evaluates to null or empty string the audit annotation will be omitted. The valueExpression may be no longer than 5kb in length. If the result of the valueExpression is more than 10kb in length, it will be truncated to 10kb. If multiple ValidatingAdmissionPolicyBinding resources match an API request, then the valueExpression will be evaluated for each binding. All unique values produced by the valueExpressions will be joined together in a comma-separated list. Required.

        :schema: ValidatingPolicySpecAuditAnnotations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__19f15ec5381630b06b35f6fb12cdc26a0b2c06cb978f1fed42fec194e986e98c)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument value_expression", value=value_expression, expected_type=type_hints["value_expression"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "value_expression": value_expression,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''key specifies the audit annotation key.

        The audit annotation keys of
        a ValidatingAdmissionPolicy must be unique. The key must be a qualified
        name ([A-Za-z0-9][-A-Za-z0-9_.]*) no more than 63 bytes in length.

        The key is combined with the resource name of the
        ValidatingAdmissionPolicy to construct an audit annotation key:
        "{ValidatingAdmissionPolicy name}/{key}".

        If an admission webhook uses the same resource name as this ValidatingAdmissionPolicy
        and the same audit annotation key, the annotation key will be identical.
        In this case, the first annotation written with the key will be included
        in the audit event and all subsequent annotations with the same key
        will be discarded.

        Required.

        :schema: ValidatingPolicySpecAuditAnnotations#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value_expression(self) -> builtins.str:
        '''valueExpression represents the expression which is evaluated by CEL to produce an audit annotation value.

        The expression must evaluate to either
        a string or null value. If the expression evaluates to a string, the
        audit annotation is included with the string value. If the expression
        evaluates to null or empty string the audit annotation will be omitted.
        The valueExpression may be no longer than 5kb in length.
        If the result of the valueExpression is more than 10kb in length, it
        will be truncated to 10kb.

        If multiple ValidatingAdmissionPolicyBinding resources match an
        API request, then the valueExpression will be evaluated for
        each binding. All unique values produced by the valueExpressions
        will be joined together in a comma-separated list.

        Required.

        :schema: ValidatingPolicySpecAuditAnnotations#valueExpression
        '''
        result = self._values.get("value_expression")
        assert result is not None, "Required property 'value_expression' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecAuditAnnotations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicySpecAutogen",
    jsii_struct_bases=[],
    name_mapping={
        "pod_controllers": "podControllers",
        "validating_admission_policy": "validatingAdmissionPolicy",
    },
)
class ValidatingPolicySpecAutogen:
    def __init__(
        self,
        *,
        pod_controllers: typing.Optional[typing.Union["ValidatingPolicySpecAutogenPodControllers", typing.Dict[builtins.str, typing.Any]]] = None,
        validating_admission_policy: typing.Optional[typing.Union["ValidatingPolicySpecAutogenValidatingAdmissionPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AutogenConfiguration defines the configuration for the generation controller.

        :param pod_controllers: PodControllers specifies whether to generate a pod controllers rules.
        :param validating_admission_policy: ValidatingAdmissionPolicy specifies whether to generate a Kubernetes ValidatingAdmissionPolicy.

        :schema: ValidatingPolicySpecAutogen
        '''
        if isinstance(pod_controllers, dict):
            pod_controllers = ValidatingPolicySpecAutogenPodControllers(**pod_controllers)
        if isinstance(validating_admission_policy, dict):
            validating_admission_policy = ValidatingPolicySpecAutogenValidatingAdmissionPolicy(**validating_admission_policy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4dd8a634e10f61262061b068839043e3f8329047c29601aee36331dd320074d0)
            check_type(argname="argument pod_controllers", value=pod_controllers, expected_type=type_hints["pod_controllers"])
            check_type(argname="argument validating_admission_policy", value=validating_admission_policy, expected_type=type_hints["validating_admission_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if pod_controllers is not None:
            self._values["pod_controllers"] = pod_controllers
        if validating_admission_policy is not None:
            self._values["validating_admission_policy"] = validating_admission_policy

    @builtins.property
    def pod_controllers(
        self,
    ) -> typing.Optional["ValidatingPolicySpecAutogenPodControllers"]:
        '''PodControllers specifies whether to generate a pod controllers rules.

        :schema: ValidatingPolicySpecAutogen#podControllers
        '''
        result = self._values.get("pod_controllers")
        return typing.cast(typing.Optional["ValidatingPolicySpecAutogenPodControllers"], result)

    @builtins.property
    def validating_admission_policy(
        self,
    ) -> typing.Optional["ValidatingPolicySpecAutogenValidatingAdmissionPolicy"]:
        '''ValidatingAdmissionPolicy specifies whether to generate a Kubernetes ValidatingAdmissionPolicy.

        :schema: ValidatingPolicySpecAutogen#validatingAdmissionPolicy
        '''
        result = self._values.get("validating_admission_policy")
        return typing.cast(typing.Optional["ValidatingPolicySpecAutogenValidatingAdmissionPolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecAutogen(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicySpecAutogenPodControllers",
    jsii_struct_bases=[],
    name_mapping={"controllers": "controllers"},
)
class ValidatingPolicySpecAutogenPodControllers:
    def __init__(
        self,
        *,
        controllers: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''PodControllers specifies whether to generate a pod controllers rules.

        :param controllers: 

        :schema: ValidatingPolicySpecAutogenPodControllers
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__15274140af8fd5564ccc6ea92374d7a08cfde112d8dd28e9f71c79124725e71a)
            check_type(argname="argument controllers", value=controllers, expected_type=type_hints["controllers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if controllers is not None:
            self._values["controllers"] = controllers

    @builtins.property
    def controllers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ValidatingPolicySpecAutogenPodControllers#controllers
        '''
        result = self._values.get("controllers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecAutogenPodControllers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicySpecAutogenValidatingAdmissionPolicy",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ValidatingPolicySpecAutogenValidatingAdmissionPolicy:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''ValidatingAdmissionPolicy specifies whether to generate a Kubernetes ValidatingAdmissionPolicy.

        :param enabled: Enabled specifies whether to generate a Kubernetes ValidatingAdmissionPolicy. Optional. Defaults to "false" if not specified. Default: false" if not specified.

        :schema: ValidatingPolicySpecAutogenValidatingAdmissionPolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e91771c7aacc5bdd980820cdd89ddb553000db5b3e3d548530792a7dacdd44ee)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled specifies whether to generate a Kubernetes ValidatingAdmissionPolicy.

        Optional. Defaults to "false" if not specified.

        :default: false" if not specified.

        :schema: ValidatingPolicySpecAutogenValidatingAdmissionPolicy#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecAutogenValidatingAdmissionPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicySpecEvaluation",
    jsii_struct_bases=[],
    name_mapping={
        "admission": "admission",
        "background": "background",
        "mode": "mode",
    },
)
class ValidatingPolicySpecEvaluation:
    def __init__(
        self,
        *,
        admission: typing.Optional[typing.Union["ValidatingPolicySpecEvaluationAdmission", typing.Dict[builtins.str, typing.Any]]] = None,
        background: typing.Optional[typing.Union["ValidatingPolicySpecEvaluationBackground", typing.Dict[builtins.str, typing.Any]]] = None,
        mode: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EvaluationConfiguration defines the configuration for the policy evaluation.

        :param admission: Admission controls policy evaluation during admission.
        :param background: Background controls policy evaluation during background scan.
        :param mode: Mode is the mode of policy evaluation. Allowed values are "Kubernetes", "HTTP" or "Envoy". Optional. Default value is "Kubernetes".

        :schema: ValidatingPolicySpecEvaluation
        '''
        if isinstance(admission, dict):
            admission = ValidatingPolicySpecEvaluationAdmission(**admission)
        if isinstance(background, dict):
            background = ValidatingPolicySpecEvaluationBackground(**background)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__735d916449f107ea7eb8ce2192925620d03ca6ea542cbf94bc1e5c7d075aed36)
            check_type(argname="argument admission", value=admission, expected_type=type_hints["admission"])
            check_type(argname="argument background", value=background, expected_type=type_hints["background"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if admission is not None:
            self._values["admission"] = admission
        if background is not None:
            self._values["background"] = background
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def admission(self) -> typing.Optional["ValidatingPolicySpecEvaluationAdmission"]:
        '''Admission controls policy evaluation during admission.

        :schema: ValidatingPolicySpecEvaluation#admission
        '''
        result = self._values.get("admission")
        return typing.cast(typing.Optional["ValidatingPolicySpecEvaluationAdmission"], result)

    @builtins.property
    def background(self) -> typing.Optional["ValidatingPolicySpecEvaluationBackground"]:
        '''Background  controls policy evaluation during background scan.

        :schema: ValidatingPolicySpecEvaluation#background
        '''
        result = self._values.get("background")
        return typing.cast(typing.Optional["ValidatingPolicySpecEvaluationBackground"], result)

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''Mode is the mode of policy evaluation.

        Allowed values are "Kubernetes", "HTTP" or "Envoy".
        Optional. Default value is "Kubernetes".

        :schema: ValidatingPolicySpecEvaluation#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecEvaluation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicySpecEvaluationAdmission",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ValidatingPolicySpecEvaluationAdmission:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''Admission controls policy evaluation during admission.

        :param enabled: Enabled controls if rules are applied during admission. Optional. Default value is "true".

        :schema: ValidatingPolicySpecEvaluationAdmission
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b6d054c0df5cb67253f317bf9ad50bae4fe4cb7e6381664e3387f918e585a954)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled controls if rules are applied during admission.

        Optional. Default value is "true".

        :schema: ValidatingPolicySpecEvaluationAdmission#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecEvaluationAdmission(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicySpecEvaluationBackground",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ValidatingPolicySpecEvaluationBackground:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''Background  controls policy evaluation during background scan.

        :param enabled: Enabled controls if rules are applied to existing resources during a background scan. Optional. Default value is "true". The value must be set to "false" if the policy rule uses variables that are only available in the admission review request (e.g. user name).

        :schema: ValidatingPolicySpecEvaluationBackground
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7771c57d81ae63cbe85a4d282395d8bdd1d0666770846ae93b9cbb9021ca8189)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled controls if rules are applied to existing resources during a background scan.

        Optional. Default value is "true". The value must be set to "false" if the policy rule
        uses variables that are only available in the admission review request (e.g. user name).

        :schema: ValidatingPolicySpecEvaluationBackground#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecEvaluationBackground(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="iokyvernopolicies.ValidatingPolicySpecFailurePolicy")
class ValidatingPolicySpecFailurePolicy(enum.Enum):
    '''failurePolicy defines how to handle failures for the admission policy.

    Failures can
    occur from CEL expression parse errors, type check errors, runtime errors and invalid
    or mis-configured policy definitions or bindings.

    failurePolicy does not define how validations that evaluate to false are handled.

    When failurePolicy is set to Fail, the validationActions field define how failures are enforced.

    Allowed values are Ignore or Fail. Defaults to Fail.

    :default: Fail.

    :schema: ValidatingPolicySpecFailurePolicy
    '''

    IGNORE = "IGNORE"
    '''Ignore.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicySpecMatchConditions",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "name": "name"},
)
class ValidatingPolicySpecMatchConditions:
    def __init__(self, *, expression: builtins.str, name: builtins.str) -> None:
        '''MatchCondition represents a condition which must by fulfilled for a request to be sent to a webhook.

        :param expression: expression represents the expression which will be evaluated by CEL. Must evaluate to bool. CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables: 'object' - The object from the incoming request. The value is null for DELETE requests. 'oldObject' - The existing object. The value is null for CREATE requests. 'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest). 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request. See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the request resource. Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/ Required.
        :param name: name is an identifier for this match condition, used for strategic merging of MatchConditions, as well as providing an identifier for logging purposes. A good name should be descriptive of the associated expression. Name must be a qualified name consisting of alphanumeric characters, '-', '*' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9*.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName') Required.

        :schema: ValidatingPolicySpecMatchConditions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__02576d9a53740e0863c63527bae3139968c17d2f414b2c52c4d1fea3723b0ba7)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
            "name": name,
        }

    @builtins.property
    def expression(self) -> builtins.str:
        '''expression represents the expression which will be evaluated by CEL.

        Must evaluate to bool.
        CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables:

        'object' - The object from the incoming request. The value is null for DELETE requests.
        'oldObject' - The existing object. The value is null for CREATE requests.
        'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest).
        'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request.
        See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz
        'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the
        request resource.
        Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/

        Required.

        :schema: ValidatingPolicySpecMatchConditions#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name is an identifier for this match condition, used for strategic merging of MatchConditions, as well as providing an identifier for logging purposes.

        A good name should be descriptive of
        the associated expression.
        Name must be a qualified name consisting of alphanumeric characters, '-', '*' or '.', and
        must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or
        '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9*.]*)?[A-Za-z0-9]') with an
        optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')

        Required.

        :schema: ValidatingPolicySpecMatchConditions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecMatchConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicySpecMatchConstraints",
    jsii_struct_bases=[],
    name_mapping={
        "exclude_resource_rules": "excludeResourceRules",
        "match_policy": "matchPolicy",
        "namespace_selector": "namespaceSelector",
        "object_selector": "objectSelector",
        "resource_rules": "resourceRules",
    },
)
class ValidatingPolicySpecMatchConstraints:
    def __init__(
        self,
        *,
        exclude_resource_rules: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicySpecMatchConstraintsExcludeResourceRules", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_policy: typing.Optional[builtins.str] = None,
        namespace_selector: typing.Optional[typing.Union["ValidatingPolicySpecMatchConstraintsNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        object_selector: typing.Optional[typing.Union["ValidatingPolicySpecMatchConstraintsObjectSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_rules: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicySpecMatchConstraintsResourceRules", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''MatchConstraints specifies what resources this policy is designed to validate.

        The AdmissionPolicy cares about a request if it matches *all* Constraints.
        Required.

        :param exclude_resource_rules: excludeResourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy should not care about. The exclude rules take precedence over include rules (if a resource matches both, it is excluded)
        :param match_policy: matchPolicy defines how the "MatchResources" list is used to match incoming requests. Allowed values are "Exact" or "Equivalent". - Exact: match a request only if it exactly matches a specified rule. For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1, but "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``, a request to apps/v1beta1 or extensions/v1beta1 would not be sent to the ValidatingAdmissionPolicy. - Equivalent: match a request if modifies a resource listed in rules, even via another API group or version. For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1, and "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``, a request to apps/v1beta1 or extensions/v1beta1 would be converted to apps/v1 and sent to the ValidatingAdmissionPolicy. Defaults to "Equivalent" Default: Equivalent"
        :param namespace_selector: namespaceSelector decides whether to run the admission control policy on an object based on whether the namespace for that object matches the selector. If the object itself is a namespace, the matching is performed on object.metadata.labels. If the object is another cluster scoped resource, it never skips the policy. For example, to run the webhook on any objects whose namespace is not associated with "runlevel" of "0" or "1"; you will set the selector as follows: "namespaceSelector": { "matchExpressions": [ { "key": "runlevel", "operator": "NotIn", "values": [ "0", "1" ] } ] } If instead you want to only run the policy on any objects whose namespace is associated with the "environment" of "prod" or "staging"; you will set the selector as follows: "namespaceSelector": { "matchExpressions": [ { "key": "environment", "operator": "In", "values": [ "prod", "staging" ] } ] } See https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/ for more examples of label selectors. Default to the empty LabelSelector, which matches everything. Default: the empty LabelSelector, which matches everything.
        :param object_selector: objectSelector decides whether to run the validation based on if the object has matching labels. objectSelector is evaluated against both the oldObject and newObject that would be sent to the cel validation, and is considered to match if either object matches the selector. A null object (oldObject in the case of create, or newObject in the case of delete) or an object that cannot have labels (like a DeploymentRollback or a PodProxyOptions object) is not considered to match. Use the object selector only if the webhook is opt-in, because end users may skip the admission webhook by setting the labels. Default to the empty LabelSelector, which matches everything. Default: the empty LabelSelector, which matches everything.
        :param resource_rules: resourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy matches. The policy cares about an operation if it matches *any* Rule.

        :schema: ValidatingPolicySpecMatchConstraints
        '''
        if isinstance(namespace_selector, dict):
            namespace_selector = ValidatingPolicySpecMatchConstraintsNamespaceSelector(**namespace_selector)
        if isinstance(object_selector, dict):
            object_selector = ValidatingPolicySpecMatchConstraintsObjectSelector(**object_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2c1f635a023cc492722eb5d90c99ab2bb878949fd9948a9a16fbf74ad73dca6c)
            check_type(argname="argument exclude_resource_rules", value=exclude_resource_rules, expected_type=type_hints["exclude_resource_rules"])
            check_type(argname="argument match_policy", value=match_policy, expected_type=type_hints["match_policy"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
            check_type(argname="argument object_selector", value=object_selector, expected_type=type_hints["object_selector"])
            check_type(argname="argument resource_rules", value=resource_rules, expected_type=type_hints["resource_rules"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exclude_resource_rules is not None:
            self._values["exclude_resource_rules"] = exclude_resource_rules
        if match_policy is not None:
            self._values["match_policy"] = match_policy
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector
        if object_selector is not None:
            self._values["object_selector"] = object_selector
        if resource_rules is not None:
            self._values["resource_rules"] = resource_rules

    @builtins.property
    def exclude_resource_rules(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicySpecMatchConstraintsExcludeResourceRules"]]:
        '''excludeResourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy should not care about.

        The exclude rules take precedence over include rules (if a resource matches both, it is excluded)

        :schema: ValidatingPolicySpecMatchConstraints#excludeResourceRules
        '''
        result = self._values.get("exclude_resource_rules")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicySpecMatchConstraintsExcludeResourceRules"]], result)

    @builtins.property
    def match_policy(self) -> typing.Optional[builtins.str]:
        '''matchPolicy defines how the "MatchResources" list is used to match incoming requests. Allowed values are "Exact" or "Equivalent".

        - Exact: match a request only if it exactly matches a specified rule.
          For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1,
          but "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``,
          a request to apps/v1beta1 or extensions/v1beta1 would not be sent to the ValidatingAdmissionPolicy.
        - Equivalent: match a request if modifies a resource listed in rules, even via another API group or version.
          For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1,
          and "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``,
          a request to apps/v1beta1 or extensions/v1beta1 would be converted to apps/v1 and sent to the ValidatingAdmissionPolicy.

        Defaults to "Equivalent"

        :default: Equivalent"

        :schema: ValidatingPolicySpecMatchConstraints#matchPolicy
        '''
        result = self._values.get("match_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["ValidatingPolicySpecMatchConstraintsNamespaceSelector"]:
        '''namespaceSelector decides whether to run the admission control policy on an object based on whether the namespace for that object matches the selector.

        If the
        object itself is a namespace, the matching is performed on
        object.metadata.labels. If the object is another cluster scoped resource,
        it never skips the policy.

        For example, to run the webhook on any objects whose namespace is not
        associated with "runlevel" of "0" or "1";  you will set the selector as
        follows:
        "namespaceSelector": {
        "matchExpressions": [
        {
        "key": "runlevel",
        "operator": "NotIn",
        "values": [
        "0",
        "1"
        ]
        }
        ]
        }

        If instead you want to only run the policy on any objects whose
        namespace is associated with the "environment" of "prod" or "staging";
        you will set the selector as follows:
        "namespaceSelector": {
        "matchExpressions": [
        {
        "key": "environment",
        "operator": "In",
        "values": [
        "prod",
        "staging"
        ]
        }
        ]
        }

        See
        https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/
        for more examples of label selectors.

        Default to the empty LabelSelector, which matches everything.

        :default: the empty LabelSelector, which matches everything.

        :schema: ValidatingPolicySpecMatchConstraints#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["ValidatingPolicySpecMatchConstraintsNamespaceSelector"], result)

    @builtins.property
    def object_selector(
        self,
    ) -> typing.Optional["ValidatingPolicySpecMatchConstraintsObjectSelector"]:
        '''objectSelector decides whether to run the validation based on if the object has matching labels.

        objectSelector is evaluated against both
        the oldObject and newObject that would be sent to the cel validation, and
        is considered to match if either object matches the selector. A null
        object (oldObject in the case of create, or newObject in the case of
        delete) or an object that cannot have labels (like a
        DeploymentRollback or a PodProxyOptions object) is not considered to
        match.
        Use the object selector only if the webhook is opt-in, because end
        users may skip the admission webhook by setting the labels.
        Default to the empty LabelSelector, which matches everything.

        :default: the empty LabelSelector, which matches everything.

        :schema: ValidatingPolicySpecMatchConstraints#objectSelector
        '''
        result = self._values.get("object_selector")
        return typing.cast(typing.Optional["ValidatingPolicySpecMatchConstraintsObjectSelector"], result)

    @builtins.property
    def resource_rules(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicySpecMatchConstraintsResourceRules"]]:
        '''resourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy matches.

        The policy cares about an operation if it matches *any* Rule.

        :schema: ValidatingPolicySpecMatchConstraints#resourceRules
        '''
        result = self._values.get("resource_rules")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicySpecMatchConstraintsResourceRules"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecMatchConstraints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicySpecMatchConstraintsExcludeResourceRules",
    jsii_struct_bases=[],
    name_mapping={
        "api_groups": "apiGroups",
        "api_versions": "apiVersions",
        "operations": "operations",
        "resource_names": "resourceNames",
        "resources": "resources",
        "scope": "scope",
    },
)
class ValidatingPolicySpecMatchConstraintsExcludeResourceRules:
    def __init__(
        self,
        *,
        api_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        api_versions: typing.Optional[typing.Sequence[builtins.str]] = None,
        operations: typing.Optional[typing.Sequence[builtins.str]] = None,
        resource_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        scope: typing.Optional[builtins.str] = None,
    ) -> None:
        '''NamedRuleWithOperations is a tuple of Operations and Resources with ResourceNames.

        :param api_groups: apiGroups is the API groups the resources belong to. '*' is all groups. If '*' is present, the length of the slice must be one. Required.
        :param api_versions: apiVersions is the API versions the resources belong to. '*' is all versions. If '*' is present, the length of the slice must be one. Required.
        :param operations: operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added. If '*' is present, the length of the slice must be one. Required.
        :param resource_names: resourceNames is an optional white list of names that the rule applies to. An empty set means that everything is allowed.
        :param resources: resources is a list of resources this rule applies to. For example: 'pods' means pods. 'pods/log' means the log subresource of pods. '*' means all resources, but not subresources. 'pods/*' means all subresources of pods. '*/scale' means all scale subresources. '*/*' means all resources and their subresources. If wildcard is present, the validation rule will ensure resources do not overlap with each other. Depending on the enclosing object, subresources might not be allowed. Required.
        :param scope: scope specifies the scope of this rule. Valid values are "Cluster", "Namespaced", and "*" "Cluster" means that only cluster-scoped resources will match this rule. Namespace API objects are cluster-scoped. "Namespaced" means that only namespaced resources will match this rule. "*" means that there are no scope restrictions. Subresources match the scope of their parent resource. Default is "*". Default: .

        :schema: ValidatingPolicySpecMatchConstraintsExcludeResourceRules
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bbd400398cceb1623434f633871a14c7446ab6661c8f23ac18232c687ea1fc61)
            check_type(argname="argument api_groups", value=api_groups, expected_type=type_hints["api_groups"])
            check_type(argname="argument api_versions", value=api_versions, expected_type=type_hints["api_versions"])
            check_type(argname="argument operations", value=operations, expected_type=type_hints["operations"])
            check_type(argname="argument resource_names", value=resource_names, expected_type=type_hints["resource_names"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_groups is not None:
            self._values["api_groups"] = api_groups
        if api_versions is not None:
            self._values["api_versions"] = api_versions
        if operations is not None:
            self._values["operations"] = operations
        if resource_names is not None:
            self._values["resource_names"] = resource_names
        if resources is not None:
            self._values["resources"] = resources
        if scope is not None:
            self._values["scope"] = scope

    @builtins.property
    def api_groups(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiGroups is the API groups the resources belong to.

        '*' is all groups.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicySpecMatchConstraintsExcludeResourceRules#apiGroups
        '''
        result = self._values.get("api_groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def api_versions(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiVersions is the API versions the resources belong to.

        '*' is all versions.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicySpecMatchConstraintsExcludeResourceRules#apiVersions
        '''
        result = self._values.get("api_versions")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def operations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added.

        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicySpecMatchConstraintsExcludeResourceRules#operations
        '''
        result = self._values.get("operations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resource_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resourceNames is an optional white list of names that the rule applies to.

        An empty set means that everything is allowed.

        :schema: ValidatingPolicySpecMatchConstraintsExcludeResourceRules#resourceNames
        '''
        result = self._values.get("resource_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resources is a list of resources this rule applies to.

        For example:
        'pods' means pods.
        'pods/log' means the log subresource of pods.
        '*' means all resources, but not subresources.
        'pods/*' means all subresources of pods.
        '*/scale' means all scale subresources.
        '*/*' means all resources and their subresources.

        If wildcard is present, the validation rule will ensure resources do not
        overlap with each other.

        Depending on the enclosing object, subresources might not be allowed.
        Required.

        :schema: ValidatingPolicySpecMatchConstraintsExcludeResourceRules#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def scope(self) -> typing.Optional[builtins.str]:
        '''scope specifies the scope of this rule.

        Valid values are "Cluster", "Namespaced", and "*"
        "Cluster" means that only cluster-scoped resources will match this rule.
        Namespace API objects are cluster-scoped.
        "Namespaced" means that only namespaced resources will match this rule.
        "*" means that there are no scope restrictions.
        Subresources match the scope of their parent resource.
        Default is "*".

        :default: .

        :schema: ValidatingPolicySpecMatchConstraintsExcludeResourceRules#scope
        '''
        result = self._values.get("scope")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecMatchConstraintsExcludeResourceRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicySpecMatchConstraintsNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ValidatingPolicySpecMatchConstraintsNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''namespaceSelector decides whether to run the admission control policy on an object based on whether the namespace for that object matches the selector.

        If the
        object itself is a namespace, the matching is performed on
        object.metadata.labels. If the object is another cluster scoped resource,
        it never skips the policy.

        For example, to run the webhook on any objects whose namespace is not
        associated with "runlevel" of "0" or "1";  you will set the selector as
        follows:
        "namespaceSelector": {
        "matchExpressions": [
        {
        "key": "runlevel",
        "operator": "NotIn",
        "values": [
        "0",
        "1"
        ]
        }
        ]
        }

        If instead you want to only run the policy on any objects whose
        namespace is associated with the "environment" of "prod" or "staging";
        you will set the selector as follows:
        "namespaceSelector": {
        "matchExpressions": [
        {
        "key": "environment",
        "operator": "In",
        "values": [
        "prod",
        "staging"
        ]
        }
        ]
        }

        See
        https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/
        for more examples of label selectors.

        Default to the empty LabelSelector, which matches everything.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :default: the empty LabelSelector, which matches everything.

        :schema: ValidatingPolicySpecMatchConstraintsNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__514ccbae94d89e09f69273147f9174ee28017c94b25c7d20fc91fa7cf35a70d1)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ValidatingPolicySpecMatchConstraintsNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ValidatingPolicySpecMatchConstraintsNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecMatchConstraintsNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: ValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fadba7c8b684f695e786b25d1e086e06113a01b78e601da6fdee16fdf638a40a)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: ValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: ValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicySpecMatchConstraintsObjectSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ValidatingPolicySpecMatchConstraintsObjectSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''objectSelector decides whether to run the validation based on if the object has matching labels.

        objectSelector is evaluated against both
        the oldObject and newObject that would be sent to the cel validation, and
        is considered to match if either object matches the selector. A null
        object (oldObject in the case of create, or newObject in the case of
        delete) or an object that cannot have labels (like a
        DeploymentRollback or a PodProxyOptions object) is not considered to
        match.
        Use the object selector only if the webhook is opt-in, because end
        users may skip the admission webhook by setting the labels.
        Default to the empty LabelSelector, which matches everything.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :default: the empty LabelSelector, which matches everything.

        :schema: ValidatingPolicySpecMatchConstraintsObjectSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8d2dda37c3c1fa8433ded58501926cade858918017d6d943d56314b69688c348)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ValidatingPolicySpecMatchConstraintsObjectSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ValidatingPolicySpecMatchConstraintsObjectSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecMatchConstraintsObjectSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: ValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8f84db7498a51659e309466c1264421a788aa91cd3c195c3effa04817f0b8868)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: ValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: ValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicySpecMatchConstraintsResourceRules",
    jsii_struct_bases=[],
    name_mapping={
        "api_groups": "apiGroups",
        "api_versions": "apiVersions",
        "operations": "operations",
        "resource_names": "resourceNames",
        "resources": "resources",
        "scope": "scope",
    },
)
class ValidatingPolicySpecMatchConstraintsResourceRules:
    def __init__(
        self,
        *,
        api_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        api_versions: typing.Optional[typing.Sequence[builtins.str]] = None,
        operations: typing.Optional[typing.Sequence[builtins.str]] = None,
        resource_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        scope: typing.Optional[builtins.str] = None,
    ) -> None:
        '''NamedRuleWithOperations is a tuple of Operations and Resources with ResourceNames.

        :param api_groups: apiGroups is the API groups the resources belong to. '*' is all groups. If '*' is present, the length of the slice must be one. Required.
        :param api_versions: apiVersions is the API versions the resources belong to. '*' is all versions. If '*' is present, the length of the slice must be one. Required.
        :param operations: operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added. If '*' is present, the length of the slice must be one. Required.
        :param resource_names: resourceNames is an optional white list of names that the rule applies to. An empty set means that everything is allowed.
        :param resources: resources is a list of resources this rule applies to. For example: 'pods' means pods. 'pods/log' means the log subresource of pods. '*' means all resources, but not subresources. 'pods/*' means all subresources of pods. '*/scale' means all scale subresources. '*/*' means all resources and their subresources. If wildcard is present, the validation rule will ensure resources do not overlap with each other. Depending on the enclosing object, subresources might not be allowed. Required.
        :param scope: scope specifies the scope of this rule. Valid values are "Cluster", "Namespaced", and "*" "Cluster" means that only cluster-scoped resources will match this rule. Namespace API objects are cluster-scoped. "Namespaced" means that only namespaced resources will match this rule. "*" means that there are no scope restrictions. Subresources match the scope of their parent resource. Default is "*". Default: .

        :schema: ValidatingPolicySpecMatchConstraintsResourceRules
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6e3f5ea2d564da44b4799803b16fe4817996b66234cd75a4c9133267894114d7)
            check_type(argname="argument api_groups", value=api_groups, expected_type=type_hints["api_groups"])
            check_type(argname="argument api_versions", value=api_versions, expected_type=type_hints["api_versions"])
            check_type(argname="argument operations", value=operations, expected_type=type_hints["operations"])
            check_type(argname="argument resource_names", value=resource_names, expected_type=type_hints["resource_names"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_groups is not None:
            self._values["api_groups"] = api_groups
        if api_versions is not None:
            self._values["api_versions"] = api_versions
        if operations is not None:
            self._values["operations"] = operations
        if resource_names is not None:
            self._values["resource_names"] = resource_names
        if resources is not None:
            self._values["resources"] = resources
        if scope is not None:
            self._values["scope"] = scope

    @builtins.property
    def api_groups(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiGroups is the API groups the resources belong to.

        '*' is all groups.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicySpecMatchConstraintsResourceRules#apiGroups
        '''
        result = self._values.get("api_groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def api_versions(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiVersions is the API versions the resources belong to.

        '*' is all versions.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicySpecMatchConstraintsResourceRules#apiVersions
        '''
        result = self._values.get("api_versions")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def operations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added.

        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicySpecMatchConstraintsResourceRules#operations
        '''
        result = self._values.get("operations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resource_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resourceNames is an optional white list of names that the rule applies to.

        An empty set means that everything is allowed.

        :schema: ValidatingPolicySpecMatchConstraintsResourceRules#resourceNames
        '''
        result = self._values.get("resource_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resources is a list of resources this rule applies to.

        For example:
        'pods' means pods.
        'pods/log' means the log subresource of pods.
        '*' means all resources, but not subresources.
        'pods/*' means all subresources of pods.
        '*/scale' means all scale subresources.
        '*/*' means all resources and their subresources.

        If wildcard is present, the validation rule will ensure resources do not
        overlap with each other.

        Depending on the enclosing object, subresources might not be allowed.
        Required.

        :schema: ValidatingPolicySpecMatchConstraintsResourceRules#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def scope(self) -> typing.Optional[builtins.str]:
        '''scope specifies the scope of this rule.

        Valid values are "Cluster", "Namespaced", and "*"
        "Cluster" means that only cluster-scoped resources will match this rule.
        Namespace API objects are cluster-scoped.
        "Namespaced" means that only namespaced resources will match this rule.
        "*" means that there are no scope restrictions.
        Subresources match the scope of their parent resource.
        Default is "*".

        :default: .

        :schema: ValidatingPolicySpecMatchConstraintsResourceRules#scope
        '''
        result = self._values.get("scope")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecMatchConstraintsResourceRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="iokyvernopolicies.ValidatingPolicySpecValidationActions")
class ValidatingPolicySpecValidationActions(enum.Enum):
    '''ValidationAction specifies a policy enforcement action.

    :schema: ValidatingPolicySpecValidationActions
    '''

    DENY = "DENY"
    '''Deny.'''
    AUDIT = "AUDIT"
    '''Audit.'''
    WARN = "WARN"
    '''Warn.'''


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicySpecValidations",
    jsii_struct_bases=[],
    name_mapping={
        "expression": "expression",
        "message": "message",
        "message_expression": "messageExpression",
        "reason": "reason",
    },
)
class ValidatingPolicySpecValidations:
    def __init__(
        self,
        *,
        expression: builtins.str,
        message: typing.Optional[builtins.str] = None,
        message_expression: typing.Optional[builtins.str] = None,
        reason: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Validation specifies the CEL expression which is used to apply the validation.

        :param expression: expression represents the expression which will be evaluated by CEL. ref: https://github.com/google/cel-spec CEL expressions have access to the contents of the API request/response, organized into CEL variables as well as some other useful variables: - 'object' - The object from the incoming request. The value is null for DELETE requests. - 'oldObject' - The existing object. The value is null for CREATE requests. - 'request' - Attributes of the API request(`ref </pkg/apis/admission/types.go#AdmissionRequest>`_). - 'params' - Parameter resource referred to by the policy binding being evaluated. Only populated if the policy has a ParamKind. - 'namespaceObject' - The namespace object that the incoming object belongs to. The value is null for cluster-scoped resources. - 'variables' - Map of composited variables, from its name to its lazily evaluated value. For example, a variable named 'foo' can be accessed as 'variables.foo'. - 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request. See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz - 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the request resource. The ``apiVersion``, ``kind``, ``metadata.name`` and ``metadata.generateName`` are always accessible from the root of the object. No other metadata properties are accessible. Only property names of the form ``[a-zA-Z_.-/][a-zA-Z0-9_.-/]*`` are accessible. Accessible property names are escaped according to the following rules when accessed in the expression: - '__' escapes to '**underscores**' - '.' escapes to '**dot**' - '-' escapes to '**dash**' - '/' escapes to '**slash**' - Property names that exactly match a CEL RESERVED keyword escape to '**{keyword}**'. The keywords are: "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop", "package", "namespace", "return". Examples: - Expression accessing a property named "namespace": {"Expression": "object.**namespace** > 0"} - Expression accessing a property named "x-prop": {"Expression": "object.x__dash__prop > 0"} - Expression accessing a property named "redact__d": {"Expression": "object.redact__underscores__d > 0"} Equality on arrays with list type of 'set' or 'map' ignores element order, i.e. [1, 2] == [2, 1]. Concatenation on arrays with x-kubernetes-list-type use the semantics of the list type: - 'set': ``X + Y`` performs a union where the array positions of all elements in ``X`` are preserved and non-intersecting elements in ``Y`` are appended, retaining their partial order. - 'map': ``X + Y`` performs a merge where the array positions of all keys in ``X`` are preserved but the values are overwritten by values in ``Y`` when the key sets of ``X`` and ``Y`` intersect. Elements in ``Y`` with non-intersecting keys are appended, retaining their partial order. Required.
        :param message: message represents the message displayed when validation fails. The message is required if the Expression contains line breaks. The message must not contain line breaks. If unset, the message is "failed rule: {Rule}". e.g. "must be a URL with the host matching spec.host" If the Expression contains line breaks. Message is required. The message must not contain line breaks. If unset, the message is "failed Expression: {Expression}".
        :param message_expression: messageExpression declares a CEL expression that evaluates to the validation failure message that is returned when this rule fails. Since messageExpression is used as a failure message, it must evaluate to a string. If both message and messageExpression are present on a validation, then messageExpression will be used if validation fails. If messageExpression results in a runtime error, the runtime error is logged, and the validation failure message is produced as if the messageExpression field were unset. If messageExpression evaluates to an empty string, a string with only spaces, or a string that contains line breaks, then the validation failure message will also be produced as if the messageExpression field were unset, and the fact that messageExpression produced an empty string/string with only spaces/string with line breaks will be logged. messageExpression has access to all the same variables as the ``expression`` except for 'authorizer' and 'authorizer.requestResource'. Example: "object.x must be less than max ("+string(params.max)+")"
        :param reason: reason represents a machine-readable description of why this validation failed. If this is the first validation in the list to fail, this reason, as well as the corresponding HTTP response code, are used in the HTTP response to the client. The currently supported reasons are: "Unauthorized", "Forbidden", "Invalid", "RequestEntityTooLarge". If not set, StatusReasonInvalid is used in the response to the client.

        :schema: ValidatingPolicySpecValidations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ba53174a16c97e690f8d37d6720f5ac6ed1d5aa75728daa72178513c16952386)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument message", value=message, expected_type=type_hints["message"])
            check_type(argname="argument message_expression", value=message_expression, expected_type=type_hints["message_expression"])
            check_type(argname="argument reason", value=reason, expected_type=type_hints["reason"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
        }
        if message is not None:
            self._values["message"] = message
        if message_expression is not None:
            self._values["message_expression"] = message_expression
        if reason is not None:
            self._values["reason"] = reason

    @builtins.property
    def expression(self) -> builtins.str:
        '''expression represents the expression which will be evaluated by CEL.

        ref: https://github.com/google/cel-spec
        CEL expressions have access to the contents of the API request/response, organized into CEL variables as well as some other useful variables:

        - 'object' - The object from the incoming request. The value is null for DELETE requests.
        - 'oldObject' - The existing object. The value is null for CREATE requests.
        - 'request' - Attributes of the API request(`ref </pkg/apis/admission/types.go#AdmissionRequest>`_).
        - 'params' - Parameter resource referred to by the policy binding being evaluated. Only populated if the policy has a ParamKind.
        - 'namespaceObject' - The namespace object that the incoming object belongs to. The value is null for cluster-scoped resources.
        - 'variables' - Map of composited variables, from its name to its lazily evaluated value.
          For example, a variable named 'foo' can be accessed as 'variables.foo'.
        - 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request.
          See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz
        - 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the
          request resource.

        The ``apiVersion``, ``kind``, ``metadata.name`` and ``metadata.generateName`` are always accessible from the root of the
        object. No other metadata properties are accessible.

        Only property names of the form ``[a-zA-Z_.-/][a-zA-Z0-9_.-/]*`` are accessible.
        Accessible property names are escaped according to the following rules when accessed in the expression:

        - '__' escapes to '**underscores**'
        - '.' escapes to '**dot**'
        - '-' escapes to '**dash**'
        - '/' escapes to '**slash**'
        - Property names that exactly match a CEL RESERVED keyword escape to '**{keyword}**'. The keywords are:
          "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if",
          "import", "let", "loop", "package", "namespace", "return".
          Examples:
        - Expression accessing a property named "namespace": {"Expression": "object.**namespace** > 0"}
        - Expression accessing a property named "x-prop": {"Expression": "object.x__dash__prop > 0"}
        - Expression accessing a property named "redact__d": {"Expression": "object.redact__underscores__d > 0"}

        Equality on arrays with list type of 'set' or 'map' ignores element order, i.e. [1, 2] == [2, 1].
        Concatenation on arrays with x-kubernetes-list-type use the semantics of the list type:

        - 'set': ``X + Y`` performs a union where the array positions of all elements in ``X`` are preserved and
          non-intersecting elements in ``Y`` are appended, retaining their partial order.
        - 'map': ``X + Y`` performs a merge where the array positions of all keys in ``X`` are preserved but the values
          are overwritten by values in ``Y`` when the key sets of ``X`` and ``Y`` intersect. Elements in ``Y`` with
          non-intersecting keys are appended, retaining their partial order.
          Required.

        :schema: ValidatingPolicySpecValidations#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def message(self) -> typing.Optional[builtins.str]:
        '''message represents the message displayed when validation fails.

        The message is required if the Expression contains
        line breaks. The message must not contain line breaks.
        If unset, the message is "failed rule: {Rule}".
        e.g. "must be a URL with the host matching spec.host"
        If the Expression contains line breaks. Message is required.
        The message must not contain line breaks.
        If unset, the message is "failed Expression: {Expression}".

        :schema: ValidatingPolicySpecValidations#message
        '''
        result = self._values.get("message")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def message_expression(self) -> typing.Optional[builtins.str]:
        '''messageExpression declares a CEL expression that evaluates to the validation failure message that is returned when this rule fails.

        Since messageExpression is used as a failure message, it must evaluate to a string.
        If both message and messageExpression are present on a validation, then messageExpression will be used if validation fails.
        If messageExpression results in a runtime error, the runtime error is logged, and the validation failure message is produced
        as if the messageExpression field were unset. If messageExpression evaluates to an empty string, a string with only spaces, or a string
        that contains line breaks, then the validation failure message will also be produced as if the messageExpression field were unset, and
        the fact that messageExpression produced an empty string/string with only spaces/string with line breaks will be logged.
        messageExpression has access to all the same variables as the ``expression`` except for 'authorizer' and 'authorizer.requestResource'.
        Example:
        "object.x must be less than max ("+string(params.max)+")"

        :schema: ValidatingPolicySpecValidations#messageExpression
        '''
        result = self._values.get("message_expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def reason(self) -> typing.Optional[builtins.str]:
        '''reason represents a machine-readable description of why this validation failed.

        If this is the first validation in the list to fail, this reason, as well as the
        corresponding HTTP response code, are used in the
        HTTP response to the client.
        The currently supported reasons are: "Unauthorized", "Forbidden", "Invalid", "RequestEntityTooLarge".
        If not set, StatusReasonInvalid is used in the response to the client.

        :schema: ValidatingPolicySpecValidations#reason
        '''
        result = self._values.get("reason")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecValidations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicySpecVariables",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "name": "name"},
)
class ValidatingPolicySpecVariables:
    def __init__(self, *, expression: builtins.str, name: builtins.str) -> None:
        '''Variable is the definition of a variable that is used for composition.

        A variable is defined as a named expression.

        :param expression: expression is the expression that will be evaluated as the value of the variable. The CEL expression has access to the same identifiers as the CEL expressions in Validation.
        :param name: name is the name of the variable. The name must be a valid CEL identifier and unique among all variables. The variable can be accessed in other expressions through ``variables`` For example, if name is "foo", the variable will be available as ``variables.foo``

        :schema: ValidatingPolicySpecVariables
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__893449e987dd9e8f488083400fed527c09cdfbf2ab87b517a62e77ac451d0287)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
            "name": name,
        }

    @builtins.property
    def expression(self) -> builtins.str:
        '''expression is the expression that will be evaluated as the value of the variable.

        The CEL expression has access to the same identifiers as the CEL expressions in Validation.

        :schema: ValidatingPolicySpecVariables#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the name of the variable.

        The name must be a valid CEL identifier and unique among all variables.
        The variable can be accessed in other expressions through ``variables``
        For example, if name is "foo", the variable will be available as ``variables.foo``

        :schema: ValidatingPolicySpecVariables#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecVariables(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicySpecWebhookConfiguration",
    jsii_struct_bases=[],
    name_mapping={"timeout_seconds": "timeoutSeconds"},
)
class ValidatingPolicySpecWebhookConfiguration:
    def __init__(self, *, timeout_seconds: typing.Optional[jsii.Number] = None) -> None:
        '''WebhookConfiguration defines the configuration for the webhook.

        :param timeout_seconds: TimeoutSeconds specifies the maximum time in seconds allowed to apply this policy. After the configured time expires, the admission request may fail, or may simply ignore the policy results, based on the failure policy. The default timeout is 10s, the value must be between 1 and 30 seconds.

        :schema: ValidatingPolicySpecWebhookConfiguration
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fd4e8f6c754ea194109942eb21b6fa59f5f41ceaf6939d81e2e6e3996e64ffc5)
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''TimeoutSeconds specifies the maximum time in seconds allowed to apply this policy.

        After the configured time expires, the admission request may fail, or may simply ignore the policy results,
        based on the failure policy. The default timeout is 10s, the value must be between 1 and 30 seconds.

        :schema: ValidatingPolicySpecWebhookConfiguration#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicySpecWebhookConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ValidatingPolicyV1Alpha1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Alpha1",
):
    '''
    :schema: ValidatingPolicyV1Alpha1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ValidatingPolicyV1Alpha1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ValidatingPolicyV1Alpha1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__987f75e26e2c232b173c5934e3b5ee731e5dc3d078f3b939d49267d5ebc1ef76)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ValidatingPolicyV1Alpha1Props(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ValidatingPolicyV1Alpha1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ValidatingPolicyV1Alpha1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.
        :param metadata: 
        '''
        props = ValidatingPolicyV1Alpha1Props(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ValidatingPolicyV1Alpha1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Alpha1Props",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ValidatingPolicyV1Alpha1Props:
    def __init__(
        self,
        *,
        spec: typing.Union["ValidatingPolicyV1Alpha1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.
        :param metadata: 

        :schema: ValidatingPolicyV1Alpha1
        '''
        if isinstance(spec, dict):
            spec = ValidatingPolicyV1Alpha1Spec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6d14653e7cfd5242d27df973b35c5d583f6963090edca97528278bc01dc52e5c)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ValidatingPolicyV1Alpha1Spec":
        '''ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.

        :schema: ValidatingPolicyV1Alpha1#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ValidatingPolicyV1Alpha1Spec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ValidatingPolicyV1Alpha1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Alpha1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "audit_annotations": "auditAnnotations",
        "autogen": "autogen",
        "evaluation": "evaluation",
        "failure_policy": "failurePolicy",
        "match_conditions": "matchConditions",
        "match_constraints": "matchConstraints",
        "validation_actions": "validationActions",
        "validations": "validations",
        "variables": "variables",
        "webhook_configuration": "webhookConfiguration",
    },
)
class ValidatingPolicyV1Alpha1Spec:
    def __init__(
        self,
        *,
        audit_annotations: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Alpha1SpecAuditAnnotations", typing.Dict[builtins.str, typing.Any]]]] = None,
        autogen: typing.Optional[typing.Union["ValidatingPolicyV1Alpha1SpecAutogen", typing.Dict[builtins.str, typing.Any]]] = None,
        evaluation: typing.Optional[typing.Union["ValidatingPolicyV1Alpha1SpecEvaluation", typing.Dict[builtins.str, typing.Any]]] = None,
        failure_policy: typing.Optional["ValidatingPolicyV1Alpha1SpecFailurePolicy"] = None,
        match_conditions: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Alpha1SpecMatchConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_constraints: typing.Optional[typing.Union["ValidatingPolicyV1Alpha1SpecMatchConstraints", typing.Dict[builtins.str, typing.Any]]] = None,
        validation_actions: typing.Optional[typing.Sequence["ValidatingPolicyV1Alpha1SpecValidationActions"]] = None,
        validations: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Alpha1SpecValidations", typing.Dict[builtins.str, typing.Any]]]] = None,
        variables: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Alpha1SpecVariables", typing.Dict[builtins.str, typing.Any]]]] = None,
        webhook_configuration: typing.Optional[typing.Union["ValidatingPolicyV1Alpha1SpecWebhookConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.

        :param audit_annotations: auditAnnotations contains CEL expressions which are used to produce audit annotations for the audit event of the API request. validations and auditAnnotations may not both be empty; a least one of validations or auditAnnotations is required.
        :param autogen: AutogenConfiguration defines the configuration for the generation controller.
        :param evaluation: EvaluationConfiguration defines the configuration for the policy evaluation.
        :param failure_policy: failurePolicy defines how to handle failures for the admission policy. Failures can occur from CEL expression parse errors, type check errors, runtime errors and invalid or mis-configured policy definitions or bindings. failurePolicy does not define how validations that evaluate to false are handled. When failurePolicy is set to Fail, the validationActions field define how failures are enforced. Allowed values are Ignore or Fail. Defaults to Fail. Default: Fail.
        :param match_conditions: MatchConditions is a list of conditions that must be met for a request to be validated. Match conditions filter requests that have already been matched by the rules, namespaceSelector, and objectSelector. An empty list of matchConditions matches all requests. There are a maximum of 64 match conditions allowed. The exact matching logic is (in order): 1. If ANY matchCondition evaluates to FALSE, the policy is skipped. 2. If ALL matchConditions evaluate to TRUE, the policy is evaluated. 3. If any matchCondition evaluates to an error (but none are FALSE): - If failurePolicy=Fail, reject the request - If failurePolicy=Ignore, the policy is skipped
        :param match_constraints: MatchConstraints specifies what resources this policy is designed to validate. The AdmissionPolicy cares about a request if it matches *all* Constraints. Required.
        :param validation_actions: ValidationAction specifies the action to be taken when the matched resource violates the policy. If a validation evaluates to false it is always enforced according to these actions. Failures defined by the ValidatingAdmissionPolicy's FailurePolicy are enforced according to these actions only if the FailurePolicy is set to Fail, otherwise the failures are ignored. This includes compilation errors, runtime errors and misconfigurations of the policy. validationActions is declared as a set of action values. Order does not matter. validationActions may not contain duplicates of the same action. The supported actions values are: "Deny" specifies that a validation failure results in a denied request. "Warn" specifies that a validation failure is reported to the request client in HTTP Warning headers, with a warning code of 299. Warnings can be sent both for allowed or denied admission responses. "Audit" specifies that a validation failure is recorded in the created reports. Clients should expect to handle additional values by ignoring any values not recognized. "Deny" and "Warn" may not be used together since this combination needlessly duplicates the validation failure both in the API response body and the HTTP warning headers. Required.
        :param validations: Validations contain CEL expressions which is used to apply the validation. Validations and AuditAnnotations may not both be empty; a minimum of one Validations or AuditAnnotations is required.
        :param variables: Variables contain definitions of variables that can be used in composition of other expressions. Each variable is defined as a named CEL expression. The variables defined here will be available under ``variables`` in other expressions of the policy except MatchConditions because MatchConditions are evaluated before the rest of the policy. The expression of a variable can refer to other variables defined earlier in the list but not those after. Thus, Variables must be sorted by the order of first appearance and acyclic.
        :param webhook_configuration: WebhookConfiguration defines the configuration for the webhook.

        :schema: ValidatingPolicyV1Alpha1Spec
        '''
        if isinstance(autogen, dict):
            autogen = ValidatingPolicyV1Alpha1SpecAutogen(**autogen)
        if isinstance(evaluation, dict):
            evaluation = ValidatingPolicyV1Alpha1SpecEvaluation(**evaluation)
        if isinstance(match_constraints, dict):
            match_constraints = ValidatingPolicyV1Alpha1SpecMatchConstraints(**match_constraints)
        if isinstance(webhook_configuration, dict):
            webhook_configuration = ValidatingPolicyV1Alpha1SpecWebhookConfiguration(**webhook_configuration)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__36d299641e5d022fd211f3d44c34bedeafd5b2d73833781c6732cb6382667202)
            check_type(argname="argument audit_annotations", value=audit_annotations, expected_type=type_hints["audit_annotations"])
            check_type(argname="argument autogen", value=autogen, expected_type=type_hints["autogen"])
            check_type(argname="argument evaluation", value=evaluation, expected_type=type_hints["evaluation"])
            check_type(argname="argument failure_policy", value=failure_policy, expected_type=type_hints["failure_policy"])
            check_type(argname="argument match_conditions", value=match_conditions, expected_type=type_hints["match_conditions"])
            check_type(argname="argument match_constraints", value=match_constraints, expected_type=type_hints["match_constraints"])
            check_type(argname="argument validation_actions", value=validation_actions, expected_type=type_hints["validation_actions"])
            check_type(argname="argument validations", value=validations, expected_type=type_hints["validations"])
            check_type(argname="argument variables", value=variables, expected_type=type_hints["variables"])
            check_type(argname="argument webhook_configuration", value=webhook_configuration, expected_type=type_hints["webhook_configuration"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if audit_annotations is not None:
            self._values["audit_annotations"] = audit_annotations
        if autogen is not None:
            self._values["autogen"] = autogen
        if evaluation is not None:
            self._values["evaluation"] = evaluation
        if failure_policy is not None:
            self._values["failure_policy"] = failure_policy
        if match_conditions is not None:
            self._values["match_conditions"] = match_conditions
        if match_constraints is not None:
            self._values["match_constraints"] = match_constraints
        if validation_actions is not None:
            self._values["validation_actions"] = validation_actions
        if validations is not None:
            self._values["validations"] = validations
        if variables is not None:
            self._values["variables"] = variables
        if webhook_configuration is not None:
            self._values["webhook_configuration"] = webhook_configuration

    @builtins.property
    def audit_annotations(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecAuditAnnotations"]]:
        '''auditAnnotations contains CEL expressions which are used to produce audit annotations for the audit event of the API request.

        validations and auditAnnotations may not both be empty; a least one of validations or auditAnnotations is
        required.

        :schema: ValidatingPolicyV1Alpha1Spec#auditAnnotations
        '''
        result = self._values.get("audit_annotations")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecAuditAnnotations"]], result)

    @builtins.property
    def autogen(self) -> typing.Optional["ValidatingPolicyV1Alpha1SpecAutogen"]:
        '''AutogenConfiguration defines the configuration for the generation controller.

        :schema: ValidatingPolicyV1Alpha1Spec#autogen
        '''
        result = self._values.get("autogen")
        return typing.cast(typing.Optional["ValidatingPolicyV1Alpha1SpecAutogen"], result)

    @builtins.property
    def evaluation(self) -> typing.Optional["ValidatingPolicyV1Alpha1SpecEvaluation"]:
        '''EvaluationConfiguration defines the configuration for the policy evaluation.

        :schema: ValidatingPolicyV1Alpha1Spec#evaluation
        '''
        result = self._values.get("evaluation")
        return typing.cast(typing.Optional["ValidatingPolicyV1Alpha1SpecEvaluation"], result)

    @builtins.property
    def failure_policy(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Alpha1SpecFailurePolicy"]:
        '''failurePolicy defines how to handle failures for the admission policy.

        Failures can
        occur from CEL expression parse errors, type check errors, runtime errors and invalid
        or mis-configured policy definitions or bindings.

        failurePolicy does not define how validations that evaluate to false are handled.

        When failurePolicy is set to Fail, the validationActions field define how failures are enforced.

        Allowed values are Ignore or Fail. Defaults to Fail.

        :default: Fail.

        :schema: ValidatingPolicyV1Alpha1Spec#failurePolicy
        '''
        result = self._values.get("failure_policy")
        return typing.cast(typing.Optional["ValidatingPolicyV1Alpha1SpecFailurePolicy"], result)

    @builtins.property
    def match_conditions(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecMatchConditions"]]:
        '''MatchConditions is a list of conditions that must be met for a request to be validated.

        Match conditions filter requests that have already been matched by the rules,
        namespaceSelector, and objectSelector. An empty list of matchConditions matches all requests.
        There are a maximum of 64 match conditions allowed.

        The exact matching logic is (in order):

        1. If ANY matchCondition evaluates to FALSE, the policy is skipped.
        2. If ALL matchConditions evaluate to TRUE, the policy is evaluated.
        3. If any matchCondition evaluates to an error (but none are FALSE):

        - If failurePolicy=Fail, reject the request
        - If failurePolicy=Ignore, the policy is skipped

        :schema: ValidatingPolicyV1Alpha1Spec#matchConditions
        '''
        result = self._values.get("match_conditions")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecMatchConditions"]], result)

    @builtins.property
    def match_constraints(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Alpha1SpecMatchConstraints"]:
        '''MatchConstraints specifies what resources this policy is designed to validate.

        The AdmissionPolicy cares about a request if it matches *all* Constraints.
        Required.

        :schema: ValidatingPolicyV1Alpha1Spec#matchConstraints
        '''
        result = self._values.get("match_constraints")
        return typing.cast(typing.Optional["ValidatingPolicyV1Alpha1SpecMatchConstraints"], result)

    @builtins.property
    def validation_actions(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecValidationActions"]]:
        '''ValidationAction specifies the action to be taken when the matched resource violates the policy.

        If a validation evaluates to false it is always enforced according to these actions.

        Failures defined by the ValidatingAdmissionPolicy's FailurePolicy are enforced according
        to these actions only if the FailurePolicy is set to Fail, otherwise the failures are
        ignored. This includes compilation errors, runtime errors and misconfigurations of the policy.

        validationActions is declared as a set of action values. Order does
        not matter. validationActions may not contain duplicates of the same action.

        The supported actions values are:

        "Deny" specifies that a validation failure results in a denied request.

        "Warn" specifies that a validation failure is reported to the request client
        in HTTP Warning headers, with a warning code of 299. Warnings can be sent
        both for allowed or denied admission responses.

        "Audit" specifies that a validation failure is recorded in the created reports.

        Clients should expect to handle additional values by ignoring
        any values not recognized.

        "Deny" and "Warn" may not be used together since this combination
        needlessly duplicates the validation failure both in the
        API response body and the HTTP warning headers.

        Required.

        :schema: ValidatingPolicyV1Alpha1Spec#validationActions
        '''
        result = self._values.get("validation_actions")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecValidationActions"]], result)

    @builtins.property
    def validations(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecValidations"]]:
        '''Validations contain CEL expressions which is used to apply the validation.

        Validations and AuditAnnotations may not both be empty; a minimum of one Validations or AuditAnnotations is
        required.

        :schema: ValidatingPolicyV1Alpha1Spec#validations
        '''
        result = self._values.get("validations")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecValidations"]], result)

    @builtins.property
    def variables(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecVariables"]]:
        '''Variables contain definitions of variables that can be used in composition of other expressions.

        Each variable is defined as a named CEL expression.
        The variables defined here will be available under ``variables`` in other expressions of the policy
        except MatchConditions because MatchConditions are evaluated before the rest of the policy.

        The expression of a variable can refer to other variables defined earlier in the list but not those after.
        Thus, Variables must be sorted by the order of first appearance and acyclic.

        :schema: ValidatingPolicyV1Alpha1Spec#variables
        '''
        result = self._values.get("variables")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecVariables"]], result)

    @builtins.property
    def webhook_configuration(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Alpha1SpecWebhookConfiguration"]:
        '''WebhookConfiguration defines the configuration for the webhook.

        :schema: ValidatingPolicyV1Alpha1Spec#webhookConfiguration
        '''
        result = self._values.get("webhook_configuration")
        return typing.cast(typing.Optional["ValidatingPolicyV1Alpha1SpecWebhookConfiguration"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Alpha1SpecAuditAnnotations",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "value_expression": "valueExpression"},
)
class ValidatingPolicyV1Alpha1SpecAuditAnnotations:
    def __init__(self, *, key: builtins.str, value_expression: builtins.str) -> None:
        '''AuditAnnotation describes how to produce an audit annotation for an API request.

        :param key: key specifies the audit annotation key. The audit annotation keys of a ValidatingAdmissionPolicy must be unique. The key must be a qualified name ([A-Za-z0-9][-A-Za-z0-9_.]*) no more than 63 bytes in length. The key is combined with the resource name of the ValidatingAdmissionPolicy to construct an audit annotation key: "{ValidatingAdmissionPolicy name}/{key}". If an admission webhook uses the same resource name as this ValidatingAdmissionPolicy and the same audit annotation key, the annotation key will be identical. In this case, the first annotation written with the key will be included in the audit event and all subsequent annotations with the same key will be discarded. Required.
        :param value_expression: valueExpression represents the expression which is evaluated by CEL to produce an audit annotation value. The expression must evaluate to either a string or null value. If the expression evaluates to a string, the audit annotation is included with the string value. If the expression evaluates to null or empty string the audit annotation will be omitted. The valueExpression may be no longer than 5kb in length. If the result of the valueExpression is more than 10kb in length, it will be truncated to 10kb. If multiple ValidatingAdmissionPolicyBinding resources match an API request, then the valueExpression will be evaluated for each binding. All unique values produced by the valueExpressions will be joined together in a comma-separated list. Required.

        :schema: ValidatingPolicyV1Alpha1SpecAuditAnnotations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__797cd89efa605184ad1fd9da4e88a8e14c8ba2336cbad1686bc2e67377675012)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument value_expression", value=value_expression, expected_type=type_hints["value_expression"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "value_expression": value_expression,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''key specifies the audit annotation key.

        The audit annotation keys of
        a ValidatingAdmissionPolicy must be unique. The key must be a qualified
        name ([A-Za-z0-9][-A-Za-z0-9_.]*) no more than 63 bytes in length.

        The key is combined with the resource name of the
        ValidatingAdmissionPolicy to construct an audit annotation key:
        "{ValidatingAdmissionPolicy name}/{key}".

        If an admission webhook uses the same resource name as this ValidatingAdmissionPolicy
        and the same audit annotation key, the annotation key will be identical.
        In this case, the first annotation written with the key will be included
        in the audit event and all subsequent annotations with the same key
        will be discarded.

        Required.

        :schema: ValidatingPolicyV1Alpha1SpecAuditAnnotations#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value_expression(self) -> builtins.str:
        '''valueExpression represents the expression which is evaluated by CEL to produce an audit annotation value.

        The expression must evaluate to either
        a string or null value. If the expression evaluates to a string, the
        audit annotation is included with the string value. If the expression
        evaluates to null or empty string the audit annotation will be omitted.
        The valueExpression may be no longer than 5kb in length.
        If the result of the valueExpression is more than 10kb in length, it
        will be truncated to 10kb.

        If multiple ValidatingAdmissionPolicyBinding resources match an
        API request, then the valueExpression will be evaluated for
        each binding. All unique values produced by the valueExpressions
        will be joined together in a comma-separated list.

        Required.

        :schema: ValidatingPolicyV1Alpha1SpecAuditAnnotations#valueExpression
        '''
        result = self._values.get("value_expression")
        assert result is not None, "Required property 'value_expression' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecAuditAnnotations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Alpha1SpecAutogen",
    jsii_struct_bases=[],
    name_mapping={
        "pod_controllers": "podControllers",
        "validating_admission_policy": "validatingAdmissionPolicy",
    },
)
class ValidatingPolicyV1Alpha1SpecAutogen:
    def __init__(
        self,
        *,
        pod_controllers: typing.Optional[typing.Union["ValidatingPolicyV1Alpha1SpecAutogenPodControllers", typing.Dict[builtins.str, typing.Any]]] = None,
        validating_admission_policy: typing.Optional[typing.Union["ValidatingPolicyV1Alpha1SpecAutogenValidatingAdmissionPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AutogenConfiguration defines the configuration for the generation controller.

        :param pod_controllers: PodControllers specifies whether to generate a pod controllers rules.
        :param validating_admission_policy: ValidatingAdmissionPolicy specifies whether to generate a Kubernetes ValidatingAdmissionPolicy.

        :schema: ValidatingPolicyV1Alpha1SpecAutogen
        '''
        if isinstance(pod_controllers, dict):
            pod_controllers = ValidatingPolicyV1Alpha1SpecAutogenPodControllers(**pod_controllers)
        if isinstance(validating_admission_policy, dict):
            validating_admission_policy = ValidatingPolicyV1Alpha1SpecAutogenValidatingAdmissionPolicy(**validating_admission_policy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a49a56eaf3b8e7616064893626b3cb62400bed50bbcd4234f69826aa6d43129d)
            check_type(argname="argument pod_controllers", value=pod_controllers, expected_type=type_hints["pod_controllers"])
            check_type(argname="argument validating_admission_policy", value=validating_admission_policy, expected_type=type_hints["validating_admission_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if pod_controllers is not None:
            self._values["pod_controllers"] = pod_controllers
        if validating_admission_policy is not None:
            self._values["validating_admission_policy"] = validating_admission_policy

    @builtins.property
    def pod_controllers(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Alpha1SpecAutogenPodControllers"]:
        '''PodControllers specifies whether to generate a pod controllers rules.

        :schema: ValidatingPolicyV1Alpha1SpecAutogen#podControllers
        '''
        result = self._values.get("pod_controllers")
        return typing.cast(typing.Optional["ValidatingPolicyV1Alpha1SpecAutogenPodControllers"], result)

    @builtins.property
    def validating_admission_policy(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Alpha1SpecAutogenValidatingAdmissionPolicy"]:
        '''ValidatingAdmissionPolicy specifies whether to generate a Kubernetes ValidatingAdmissionPolicy.

        :schema: ValidatingPolicyV1Alpha1SpecAutogen#validatingAdmissionPolicy
        '''
        result = self._values.get("validating_admission_policy")
        return typing.cast(typing.Optional["ValidatingPolicyV1Alpha1SpecAutogenValidatingAdmissionPolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecAutogen(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Alpha1SpecAutogenPodControllers",
    jsii_struct_bases=[],
    name_mapping={"controllers": "controllers"},
)
class ValidatingPolicyV1Alpha1SpecAutogenPodControllers:
    def __init__(
        self,
        *,
        controllers: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''PodControllers specifies whether to generate a pod controllers rules.

        :param controllers: 

        :schema: ValidatingPolicyV1Alpha1SpecAutogenPodControllers
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fda24df0eded18bce1e4d13fb4a9b4642e1eed37734c72cb8c6b410a4972afc1)
            check_type(argname="argument controllers", value=controllers, expected_type=type_hints["controllers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if controllers is not None:
            self._values["controllers"] = controllers

    @builtins.property
    def controllers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ValidatingPolicyV1Alpha1SpecAutogenPodControllers#controllers
        '''
        result = self._values.get("controllers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecAutogenPodControllers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Alpha1SpecAutogenValidatingAdmissionPolicy",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ValidatingPolicyV1Alpha1SpecAutogenValidatingAdmissionPolicy:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''ValidatingAdmissionPolicy specifies whether to generate a Kubernetes ValidatingAdmissionPolicy.

        :param enabled: Enabled specifies whether to generate a Kubernetes ValidatingAdmissionPolicy. Optional. Defaults to "false" if not specified. Default: false" if not specified.

        :schema: ValidatingPolicyV1Alpha1SpecAutogenValidatingAdmissionPolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6548872bb4355a7cbf2f589bb6a38adc6013662629a929d4060aea331224a337)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled specifies whether to generate a Kubernetes ValidatingAdmissionPolicy.

        Optional. Defaults to "false" if not specified.

        :default: false" if not specified.

        :schema: ValidatingPolicyV1Alpha1SpecAutogenValidatingAdmissionPolicy#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecAutogenValidatingAdmissionPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Alpha1SpecEvaluation",
    jsii_struct_bases=[],
    name_mapping={
        "admission": "admission",
        "background": "background",
        "mode": "mode",
    },
)
class ValidatingPolicyV1Alpha1SpecEvaluation:
    def __init__(
        self,
        *,
        admission: typing.Optional[typing.Union["ValidatingPolicyV1Alpha1SpecEvaluationAdmission", typing.Dict[builtins.str, typing.Any]]] = None,
        background: typing.Optional[typing.Union["ValidatingPolicyV1Alpha1SpecEvaluationBackground", typing.Dict[builtins.str, typing.Any]]] = None,
        mode: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EvaluationConfiguration defines the configuration for the policy evaluation.

        :param admission: Admission controls policy evaluation during admission.
        :param background: Background controls policy evaluation during background scan.
        :param mode: Mode is the mode of policy evaluation. Allowed values are "Kubernetes", "HTTP" or "Envoy". Optional. Default value is "Kubernetes".

        :schema: ValidatingPolicyV1Alpha1SpecEvaluation
        '''
        if isinstance(admission, dict):
            admission = ValidatingPolicyV1Alpha1SpecEvaluationAdmission(**admission)
        if isinstance(background, dict):
            background = ValidatingPolicyV1Alpha1SpecEvaluationBackground(**background)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__57cd9fb934c00c1197afe2014b06b881fe3aa6017a62aa8af4b9da0fea3fbc18)
            check_type(argname="argument admission", value=admission, expected_type=type_hints["admission"])
            check_type(argname="argument background", value=background, expected_type=type_hints["background"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if admission is not None:
            self._values["admission"] = admission
        if background is not None:
            self._values["background"] = background
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def admission(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Alpha1SpecEvaluationAdmission"]:
        '''Admission controls policy evaluation during admission.

        :schema: ValidatingPolicyV1Alpha1SpecEvaluation#admission
        '''
        result = self._values.get("admission")
        return typing.cast(typing.Optional["ValidatingPolicyV1Alpha1SpecEvaluationAdmission"], result)

    @builtins.property
    def background(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Alpha1SpecEvaluationBackground"]:
        '''Background  controls policy evaluation during background scan.

        :schema: ValidatingPolicyV1Alpha1SpecEvaluation#background
        '''
        result = self._values.get("background")
        return typing.cast(typing.Optional["ValidatingPolicyV1Alpha1SpecEvaluationBackground"], result)

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''Mode is the mode of policy evaluation.

        Allowed values are "Kubernetes", "HTTP" or "Envoy".
        Optional. Default value is "Kubernetes".

        :schema: ValidatingPolicyV1Alpha1SpecEvaluation#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecEvaluation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Alpha1SpecEvaluationAdmission",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ValidatingPolicyV1Alpha1SpecEvaluationAdmission:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''Admission controls policy evaluation during admission.

        :param enabled: Enabled controls if rules are applied during admission. Optional. Default value is "true".

        :schema: ValidatingPolicyV1Alpha1SpecEvaluationAdmission
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__02a901a85dc14485646f5702f60c19b89c8d2291a977cf97843329cb5ba39a08)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled controls if rules are applied during admission.

        Optional. Default value is "true".

        :schema: ValidatingPolicyV1Alpha1SpecEvaluationAdmission#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecEvaluationAdmission(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Alpha1SpecEvaluationBackground",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ValidatingPolicyV1Alpha1SpecEvaluationBackground:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''Background  controls policy evaluation during background scan.

        :param enabled: Enabled controls if rules are applied to existing resources during a background scan. Optional. Default value is "true". The value must be set to "false" if the policy rule uses variables that are only available in the admission review request (e.g. user name).

        :schema: ValidatingPolicyV1Alpha1SpecEvaluationBackground
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__61215034b6e46bfdede997a572d6de747aaa87c08c905a2926cb640d5e9debd6)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled controls if rules are applied to existing resources during a background scan.

        Optional. Default value is "true". The value must be set to "false" if the policy rule
        uses variables that are only available in the admission review request (e.g. user name).

        :schema: ValidatingPolicyV1Alpha1SpecEvaluationBackground#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecEvaluationBackground(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="iokyvernopolicies.ValidatingPolicyV1Alpha1SpecFailurePolicy")
class ValidatingPolicyV1Alpha1SpecFailurePolicy(enum.Enum):
    '''failurePolicy defines how to handle failures for the admission policy.

    Failures can
    occur from CEL expression parse errors, type check errors, runtime errors and invalid
    or mis-configured policy definitions or bindings.

    failurePolicy does not define how validations that evaluate to false are handled.

    When failurePolicy is set to Fail, the validationActions field define how failures are enforced.

    Allowed values are Ignore or Fail. Defaults to Fail.

    :default: Fail.

    :schema: ValidatingPolicyV1Alpha1SpecFailurePolicy
    '''

    IGNORE = "IGNORE"
    '''Ignore.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Alpha1SpecMatchConditions",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "name": "name"},
)
class ValidatingPolicyV1Alpha1SpecMatchConditions:
    def __init__(self, *, expression: builtins.str, name: builtins.str) -> None:
        '''MatchCondition represents a condition which must by fulfilled for a request to be sent to a webhook.

        :param expression: expression represents the expression which will be evaluated by CEL. Must evaluate to bool. CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables: 'object' - The object from the incoming request. The value is null for DELETE requests. 'oldObject' - The existing object. The value is null for CREATE requests. 'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest). 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request. See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the request resource. Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/ Required.
        :param name: name is an identifier for this match condition, used for strategic merging of MatchConditions, as well as providing an identifier for logging purposes. A good name should be descriptive of the associated expression. Name must be a qualified name consisting of alphanumeric characters, '-', '*' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9*.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName') Required.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConditions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a8bdd9685d38c2bcfa97b40d363a5c9a42060fcb10f075afe216321d6bce3f11)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
            "name": name,
        }

    @builtins.property
    def expression(self) -> builtins.str:
        '''expression represents the expression which will be evaluated by CEL.

        Must evaluate to bool.
        CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables:

        'object' - The object from the incoming request. The value is null for DELETE requests.
        'oldObject' - The existing object. The value is null for CREATE requests.
        'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest).
        'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request.
        See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz
        'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the
        request resource.
        Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/

        Required.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConditions#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name is an identifier for this match condition, used for strategic merging of MatchConditions, as well as providing an identifier for logging purposes.

        A good name should be descriptive of
        the associated expression.
        Name must be a qualified name consisting of alphanumeric characters, '-', '*' or '.', and
        must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or
        '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9*.]*)?[A-Za-z0-9]') with an
        optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')

        Required.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConditions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecMatchConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Alpha1SpecMatchConstraints",
    jsii_struct_bases=[],
    name_mapping={
        "exclude_resource_rules": "excludeResourceRules",
        "match_policy": "matchPolicy",
        "namespace_selector": "namespaceSelector",
        "object_selector": "objectSelector",
        "resource_rules": "resourceRules",
    },
)
class ValidatingPolicyV1Alpha1SpecMatchConstraints:
    def __init__(
        self,
        *,
        exclude_resource_rules: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_policy: typing.Optional[builtins.str] = None,
        namespace_selector: typing.Optional[typing.Union["ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        object_selector: typing.Optional[typing.Union["ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_rules: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''MatchConstraints specifies what resources this policy is designed to validate.

        The AdmissionPolicy cares about a request if it matches *all* Constraints.
        Required.

        :param exclude_resource_rules: excludeResourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy should not care about. The exclude rules take precedence over include rules (if a resource matches both, it is excluded)
        :param match_policy: matchPolicy defines how the "MatchResources" list is used to match incoming requests. Allowed values are "Exact" or "Equivalent". - Exact: match a request only if it exactly matches a specified rule. For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1, but "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``, a request to apps/v1beta1 or extensions/v1beta1 would not be sent to the ValidatingAdmissionPolicy. - Equivalent: match a request if modifies a resource listed in rules, even via another API group or version. For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1, and "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``, a request to apps/v1beta1 or extensions/v1beta1 would be converted to apps/v1 and sent to the ValidatingAdmissionPolicy. Defaults to "Equivalent" Default: Equivalent"
        :param namespace_selector: namespaceSelector decides whether to run the admission control policy on an object based on whether the namespace for that object matches the selector. If the object itself is a namespace, the matching is performed on object.metadata.labels. If the object is another cluster scoped resource, it never skips the policy. For example, to run the webhook on any objects whose namespace is not associated with "runlevel" of "0" or "1"; you will set the selector as follows: "namespaceSelector": { "matchExpressions": [ { "key": "runlevel", "operator": "NotIn", "values": [ "0", "1" ] } ] } If instead you want to only run the policy on any objects whose namespace is associated with the "environment" of "prod" or "staging"; you will set the selector as follows: "namespaceSelector": { "matchExpressions": [ { "key": "environment", "operator": "In", "values": [ "prod", "staging" ] } ] } See https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/ for more examples of label selectors. Default to the empty LabelSelector, which matches everything. Default: the empty LabelSelector, which matches everything.
        :param object_selector: objectSelector decides whether to run the validation based on if the object has matching labels. objectSelector is evaluated against both the oldObject and newObject that would be sent to the cel validation, and is considered to match if either object matches the selector. A null object (oldObject in the case of create, or newObject in the case of delete) or an object that cannot have labels (like a DeploymentRollback or a PodProxyOptions object) is not considered to match. Use the object selector only if the webhook is opt-in, because end users may skip the admission webhook by setting the labels. Default to the empty LabelSelector, which matches everything. Default: the empty LabelSelector, which matches everything.
        :param resource_rules: resourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy matches. The policy cares about an operation if it matches *any* Rule.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraints
        '''
        if isinstance(namespace_selector, dict):
            namespace_selector = ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector(**namespace_selector)
        if isinstance(object_selector, dict):
            object_selector = ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector(**object_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a5cf2cd49bbf3fc4b88c06980bf5ff5bcdf17340364b915ee1c53559733fd879)
            check_type(argname="argument exclude_resource_rules", value=exclude_resource_rules, expected_type=type_hints["exclude_resource_rules"])
            check_type(argname="argument match_policy", value=match_policy, expected_type=type_hints["match_policy"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
            check_type(argname="argument object_selector", value=object_selector, expected_type=type_hints["object_selector"])
            check_type(argname="argument resource_rules", value=resource_rules, expected_type=type_hints["resource_rules"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exclude_resource_rules is not None:
            self._values["exclude_resource_rules"] = exclude_resource_rules
        if match_policy is not None:
            self._values["match_policy"] = match_policy
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector
        if object_selector is not None:
            self._values["object_selector"] = object_selector
        if resource_rules is not None:
            self._values["resource_rules"] = resource_rules

    @builtins.property
    def exclude_resource_rules(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules"]]:
        '''excludeResourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy should not care about.

        The exclude rules take precedence over include rules (if a resource matches both, it is excluded)

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraints#excludeResourceRules
        '''
        result = self._values.get("exclude_resource_rules")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules"]], result)

    @builtins.property
    def match_policy(self) -> typing.Optional[builtins.str]:
        '''matchPolicy defines how the "MatchResources" list is used to match incoming requests. Allowed values are "Exact" or "Equivalent".

        - Exact: match a request only if it exactly matches a specified rule.
          For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1,
          but "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``,
          a request to apps/v1beta1 or extensions/v1beta1 would not be sent to the ValidatingAdmissionPolicy.
        - Equivalent: match a request if modifies a resource listed in rules, even via another API group or version.
          For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1,
          and "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``,
          a request to apps/v1beta1 or extensions/v1beta1 would be converted to apps/v1 and sent to the ValidatingAdmissionPolicy.

        Defaults to "Equivalent"

        :default: Equivalent"

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraints#matchPolicy
        '''
        result = self._values.get("match_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector"]:
        '''namespaceSelector decides whether to run the admission control policy on an object based on whether the namespace for that object matches the selector.

        If the
        object itself is a namespace, the matching is performed on
        object.metadata.labels. If the object is another cluster scoped resource,
        it never skips the policy.

        For example, to run the webhook on any objects whose namespace is not
        associated with "runlevel" of "0" or "1";  you will set the selector as
        follows:
        "namespaceSelector": {
        "matchExpressions": [
        {
        "key": "runlevel",
        "operator": "NotIn",
        "values": [
        "0",
        "1"
        ]
        }
        ]
        }

        If instead you want to only run the policy on any objects whose
        namespace is associated with the "environment" of "prod" or "staging";
        you will set the selector as follows:
        "namespaceSelector": {
        "matchExpressions": [
        {
        "key": "environment",
        "operator": "In",
        "values": [
        "prod",
        "staging"
        ]
        }
        ]
        }

        See
        https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/
        for more examples of label selectors.

        Default to the empty LabelSelector, which matches everything.

        :default: the empty LabelSelector, which matches everything.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraints#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector"], result)

    @builtins.property
    def object_selector(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector"]:
        '''objectSelector decides whether to run the validation based on if the object has matching labels.

        objectSelector is evaluated against both
        the oldObject and newObject that would be sent to the cel validation, and
        is considered to match if either object matches the selector. A null
        object (oldObject in the case of create, or newObject in the case of
        delete) or an object that cannot have labels (like a
        DeploymentRollback or a PodProxyOptions object) is not considered to
        match.
        Use the object selector only if the webhook is opt-in, because end
        users may skip the admission webhook by setting the labels.
        Default to the empty LabelSelector, which matches everything.

        :default: the empty LabelSelector, which matches everything.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraints#objectSelector
        '''
        result = self._values.get("object_selector")
        return typing.cast(typing.Optional["ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector"], result)

    @builtins.property
    def resource_rules(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules"]]:
        '''resourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy matches.

        The policy cares about an operation if it matches *any* Rule.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraints#resourceRules
        '''
        result = self._values.get("resource_rules")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecMatchConstraints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules",
    jsii_struct_bases=[],
    name_mapping={
        "api_groups": "apiGroups",
        "api_versions": "apiVersions",
        "operations": "operations",
        "resource_names": "resourceNames",
        "resources": "resources",
        "scope": "scope",
    },
)
class ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules:
    def __init__(
        self,
        *,
        api_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        api_versions: typing.Optional[typing.Sequence[builtins.str]] = None,
        operations: typing.Optional[typing.Sequence[builtins.str]] = None,
        resource_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        scope: typing.Optional[builtins.str] = None,
    ) -> None:
        '''NamedRuleWithOperations is a tuple of Operations and Resources with ResourceNames.

        :param api_groups: apiGroups is the API groups the resources belong to. '*' is all groups. If '*' is present, the length of the slice must be one. Required.
        :param api_versions: apiVersions is the API versions the resources belong to. '*' is all versions. If '*' is present, the length of the slice must be one. Required.
        :param operations: operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added. If '*' is present, the length of the slice must be one. Required.
        :param resource_names: resourceNames is an optional white list of names that the rule applies to. An empty set means that everything is allowed.
        :param resources: resources is a list of resources this rule applies to. For example: 'pods' means pods. 'pods/log' means the log subresource of pods. '*' means all resources, but not subresources. 'pods/*' means all subresources of pods. '*/scale' means all scale subresources. '*/*' means all resources and their subresources. If wildcard is present, the validation rule will ensure resources do not overlap with each other. Depending on the enclosing object, subresources might not be allowed. Required.
        :param scope: scope specifies the scope of this rule. Valid values are "Cluster", "Namespaced", and "*" "Cluster" means that only cluster-scoped resources will match this rule. Namespace API objects are cluster-scoped. "Namespaced" means that only namespaced resources will match this rule. "*" means that there are no scope restrictions. Subresources match the scope of their parent resource. Default is "*". Default: .

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5aa1c06539be3566789e0cc14033cc9b0647bad5a4bfe4873f260018d5f557f3)
            check_type(argname="argument api_groups", value=api_groups, expected_type=type_hints["api_groups"])
            check_type(argname="argument api_versions", value=api_versions, expected_type=type_hints["api_versions"])
            check_type(argname="argument operations", value=operations, expected_type=type_hints["operations"])
            check_type(argname="argument resource_names", value=resource_names, expected_type=type_hints["resource_names"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_groups is not None:
            self._values["api_groups"] = api_groups
        if api_versions is not None:
            self._values["api_versions"] = api_versions
        if operations is not None:
            self._values["operations"] = operations
        if resource_names is not None:
            self._values["resource_names"] = resource_names
        if resources is not None:
            self._values["resources"] = resources
        if scope is not None:
            self._values["scope"] = scope

    @builtins.property
    def api_groups(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiGroups is the API groups the resources belong to.

        '*' is all groups.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules#apiGroups
        '''
        result = self._values.get("api_groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def api_versions(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiVersions is the API versions the resources belong to.

        '*' is all versions.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules#apiVersions
        '''
        result = self._values.get("api_versions")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def operations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added.

        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules#operations
        '''
        result = self._values.get("operations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resource_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resourceNames is an optional white list of names that the rule applies to.

        An empty set means that everything is allowed.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules#resourceNames
        '''
        result = self._values.get("resource_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resources is a list of resources this rule applies to.

        For example:
        'pods' means pods.
        'pods/log' means the log subresource of pods.
        '*' means all resources, but not subresources.
        'pods/*' means all subresources of pods.
        '*/scale' means all scale subresources.
        '*/*' means all resources and their subresources.

        If wildcard is present, the validation rule will ensure resources do not
        overlap with each other.

        Depending on the enclosing object, subresources might not be allowed.
        Required.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def scope(self) -> typing.Optional[builtins.str]:
        '''scope specifies the scope of this rule.

        Valid values are "Cluster", "Namespaced", and "*"
        "Cluster" means that only cluster-scoped resources will match this rule.
        Namespace API objects are cluster-scoped.
        "Namespaced" means that only namespaced resources will match this rule.
        "*" means that there are no scope restrictions.
        Subresources match the scope of their parent resource.
        Default is "*".

        :default: .

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules#scope
        '''
        result = self._values.get("scope")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''namespaceSelector decides whether to run the admission control policy on an object based on whether the namespace for that object matches the selector.

        If the
        object itself is a namespace, the matching is performed on
        object.metadata.labels. If the object is another cluster scoped resource,
        it never skips the policy.

        For example, to run the webhook on any objects whose namespace is not
        associated with "runlevel" of "0" or "1";  you will set the selector as
        follows:
        "namespaceSelector": {
        "matchExpressions": [
        {
        "key": "runlevel",
        "operator": "NotIn",
        "values": [
        "0",
        "1"
        ]
        }
        ]
        }

        If instead you want to only run the policy on any objects whose
        namespace is associated with the "environment" of "prod" or "staging";
        you will set the selector as follows:
        "namespaceSelector": {
        "matchExpressions": [
        {
        "key": "environment",
        "operator": "In",
        "values": [
        "prod",
        "staging"
        ]
        }
        ]
        }

        See
        https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/
        for more examples of label selectors.

        Default to the empty LabelSelector, which matches everything.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :default: the empty LabelSelector, which matches everything.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__de7e1cd1d1d9e4af7e1361360ff6f304b98dc439f49b02c006caf7ac53307b50)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__72691e1b921261652a5a770070d1b25104bec9b6e5921968e97651eccff7b7b4)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''objectSelector decides whether to run the validation based on if the object has matching labels.

        objectSelector is evaluated against both
        the oldObject and newObject that would be sent to the cel validation, and
        is considered to match if either object matches the selector. A null
        object (oldObject in the case of create, or newObject in the case of
        delete) or an object that cannot have labels (like a
        DeploymentRollback or a PodProxyOptions object) is not considered to
        match.
        Use the object selector only if the webhook is opt-in, because end
        users may skip the admission webhook by setting the labels.
        Default to the empty LabelSelector, which matches everything.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :default: the empty LabelSelector, which matches everything.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eb756e721a4d3c2dcd2e99491fdd0d79ce80e94bcaf4ce3eb394927e83f3bfb1)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__136000524401e9cdc91f81fd5330af8b062da8d9777ee6175860e22253d689d4)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules",
    jsii_struct_bases=[],
    name_mapping={
        "api_groups": "apiGroups",
        "api_versions": "apiVersions",
        "operations": "operations",
        "resource_names": "resourceNames",
        "resources": "resources",
        "scope": "scope",
    },
)
class ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules:
    def __init__(
        self,
        *,
        api_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        api_versions: typing.Optional[typing.Sequence[builtins.str]] = None,
        operations: typing.Optional[typing.Sequence[builtins.str]] = None,
        resource_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        scope: typing.Optional[builtins.str] = None,
    ) -> None:
        '''NamedRuleWithOperations is a tuple of Operations and Resources with ResourceNames.

        :param api_groups: apiGroups is the API groups the resources belong to. '*' is all groups. If '*' is present, the length of the slice must be one. Required.
        :param api_versions: apiVersions is the API versions the resources belong to. '*' is all versions. If '*' is present, the length of the slice must be one. Required.
        :param operations: operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added. If '*' is present, the length of the slice must be one. Required.
        :param resource_names: resourceNames is an optional white list of names that the rule applies to. An empty set means that everything is allowed.
        :param resources: resources is a list of resources this rule applies to. For example: 'pods' means pods. 'pods/log' means the log subresource of pods. '*' means all resources, but not subresources. 'pods/*' means all subresources of pods. '*/scale' means all scale subresources. '*/*' means all resources and their subresources. If wildcard is present, the validation rule will ensure resources do not overlap with each other. Depending on the enclosing object, subresources might not be allowed. Required.
        :param scope: scope specifies the scope of this rule. Valid values are "Cluster", "Namespaced", and "*" "Cluster" means that only cluster-scoped resources will match this rule. Namespace API objects are cluster-scoped. "Namespaced" means that only namespaced resources will match this rule. "*" means that there are no scope restrictions. Subresources match the scope of their parent resource. Default is "*". Default: .

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6ddb7d6dd46c0e89be45334112ea7cd922d8d68c5942bf7f9da10f78fdebb6c5)
            check_type(argname="argument api_groups", value=api_groups, expected_type=type_hints["api_groups"])
            check_type(argname="argument api_versions", value=api_versions, expected_type=type_hints["api_versions"])
            check_type(argname="argument operations", value=operations, expected_type=type_hints["operations"])
            check_type(argname="argument resource_names", value=resource_names, expected_type=type_hints["resource_names"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_groups is not None:
            self._values["api_groups"] = api_groups
        if api_versions is not None:
            self._values["api_versions"] = api_versions
        if operations is not None:
            self._values["operations"] = operations
        if resource_names is not None:
            self._values["resource_names"] = resource_names
        if resources is not None:
            self._values["resources"] = resources
        if scope is not None:
            self._values["scope"] = scope

    @builtins.property
    def api_groups(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiGroups is the API groups the resources belong to.

        '*' is all groups.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules#apiGroups
        '''
        result = self._values.get("api_groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def api_versions(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiVersions is the API versions the resources belong to.

        '*' is all versions.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules#apiVersions
        '''
        result = self._values.get("api_versions")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def operations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added.

        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules#operations
        '''
        result = self._values.get("operations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resource_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resourceNames is an optional white list of names that the rule applies to.

        An empty set means that everything is allowed.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules#resourceNames
        '''
        result = self._values.get("resource_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resources is a list of resources this rule applies to.

        For example:
        'pods' means pods.
        'pods/log' means the log subresource of pods.
        '*' means all resources, but not subresources.
        'pods/*' means all subresources of pods.
        '*/scale' means all scale subresources.
        '*/*' means all resources and their subresources.

        If wildcard is present, the validation rule will ensure resources do not
        overlap with each other.

        Depending on the enclosing object, subresources might not be allowed.
        Required.

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def scope(self) -> typing.Optional[builtins.str]:
        '''scope specifies the scope of this rule.

        Valid values are "Cluster", "Namespaced", and "*"
        "Cluster" means that only cluster-scoped resources will match this rule.
        Namespace API objects are cluster-scoped.
        "Namespaced" means that only namespaced resources will match this rule.
        "*" means that there are no scope restrictions.
        Subresources match the scope of their parent resource.
        Default is "*".

        :default: .

        :schema: ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules#scope
        '''
        result = self._values.get("scope")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="iokyvernopolicies.ValidatingPolicyV1Alpha1SpecValidationActions")
class ValidatingPolicyV1Alpha1SpecValidationActions(enum.Enum):
    '''ValidationAction specifies a policy enforcement action.

    :schema: ValidatingPolicyV1Alpha1SpecValidationActions
    '''

    DENY = "DENY"
    '''Deny.'''
    AUDIT = "AUDIT"
    '''Audit.'''
    WARN = "WARN"
    '''Warn.'''


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Alpha1SpecValidations",
    jsii_struct_bases=[],
    name_mapping={
        "expression": "expression",
        "message": "message",
        "message_expression": "messageExpression",
        "reason": "reason",
    },
)
class ValidatingPolicyV1Alpha1SpecValidations:
    def __init__(
        self,
        *,
        expression: builtins.str,
        message: typing.Optional[builtins.str] = None,
        message_expression: typing.Optional[builtins.str] = None,
        reason: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Validation specifies the CEL expression which is used to apply the validation.

        :param expression: expression represents the expression which will be evaluated by CEL. ref: https://github.com/google/cel-spec CEL expressions have access to the contents of the API request/response, organized into CEL variables as well as some other useful variables: - 'object' - The object from the incoming request. The value is null for DELETE requests. - 'oldObject' - The existing object. The value is null for CREATE requests. - 'request' - Attributes of the API request(`ref </pkg/apis/admission/types.go#AdmissionRequest>`_). - 'params' - Parameter resource referred to by the policy binding being evaluated. Only populated if the policy has a ParamKind. - 'namespaceObject' - The namespace object that the incoming object belongs to. The value is null for cluster-scoped resources. - 'variables' - Map of composited variables, from its name to its lazily evaluated value. For example, a variable named 'foo' can be accessed as 'variables.foo'. - 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request. See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz - 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the request resource. The ``apiVersion``, ``kind``, ``metadata.name`` and ``metadata.generateName`` are always accessible from the root of the object. No other metadata properties are accessible. Only property names of the form ``[a-zA-Z_.-/][a-zA-Z0-9_.-/]*`` are accessible. Accessible property names are escaped according to the following rules when accessed in the expression: - '__' escapes to '**underscores**' - '.' escapes to '**dot**' - '-' escapes to '**dash**' - '/' escapes to '**slash**' - Property names that exactly match a CEL RESERVED keyword escape to '**{keyword}**'. The keywords are: "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop", "package", "namespace", "return". Examples: - Expression accessing a property named "namespace": {"Expression": "object.**namespace** > 0"} - Expression accessing a property named "x-prop": {"Expression": "object.x__dash__prop > 0"} - Expression accessing a property named "redact__d": {"Expression": "object.redact__underscores__d > 0"} Equality on arrays with list type of 'set' or 'map' ignores element order, i.e. [1, 2] == [2, 1]. Concatenation on arrays with x-kubernetes-list-type use the semantics of the list type: - 'set': ``X + Y`` performs a union where the array positions of all elements in ``X`` are preserved and non-intersecting elements in ``Y`` are appended, retaining their partial order. - 'map': ``X + Y`` performs a merge where the array positions of all keys in ``X`` are preserved but the values are overwritten by values in ``Y`` when the key sets of ``X`` and ``Y`` intersect. Elements in ``Y`` with non-intersecting keys are appended, retaining their partial order. Required.
        :param message: message represents the message displayed when validation fails. The message is required if the Expression contains line breaks. The message must not contain line breaks. If unset, the message is "failed rule: {Rule}". e.g. "must be a URL with the host matching spec.host" If the Expression contains line breaks. Message is required. The message must not contain line breaks. If unset, the message is "failed Expression: {Expression}".
        :param message_expression: messageExpression declares a CEL expression that evaluates to the validation failure message that is returned when this rule fails. Since messageExpression is used as a failure message, it must evaluate to a string. If both message and messageExpression are present on a validation, then messageExpression will be used if validation fails. If messageExpression results in a runtime error, the runtime error is logged, and the validation failure message is produced as if the messageExpression field were unset. If messageExpression evaluates to an empty string, a string with only spaces, or a string that contains line breaks, then the validation failure message will also be produced as if the messageExpression field were unset, and the fact that messageExpression produced an empty string/string with only spaces/string with line breaks will be logged. messageExpression has access to all the same variables as the ``expression`` except for 'authorizer' and 'authorizer.requestResource'. Example: "object.x must be less than max ("+string(params.max)+")"
        :param reason: reason represents a machine-readable description of why this validation failed. If this is the first validation in the list to fail, this reason, as well as the corresponding HTTP response code, are used in the HTTP response to the client. The currently supported reasons are: "Unauthorized", "Forbidden", "Invalid", "RequestEntityTooLarge". If not set, StatusReasonInvalid is used in the response to the client.

        :schema: ValidatingPolicyV1Alpha1SpecValidations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f05115927cc7096ef955fbe5f6a36da105ff4cc7a418718504fbf531d787d460)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument message", value=message, expected_type=type_hints["message"])
            check_type(argname="argument message_expression", value=message_expression, expected_type=type_hints["message_expression"])
            check_type(argname="argument reason", value=reason, expected_type=type_hints["reason"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
        }
        if message is not None:
            self._values["message"] = message
        if message_expression is not None:
            self._values["message_expression"] = message_expression
        if reason is not None:
            self._values["reason"] = reason

    @builtins.property
    def expression(self) -> builtins.str:
        '''expression represents the expression which will be evaluated by CEL.

        ref: https://github.com/google/cel-spec
        CEL expressions have access to the contents of the API request/response, organized into CEL variables as well as some other useful variables:

        - 'object' - The object from the incoming request. The value is null for DELETE requests.
        - 'oldObject' - The existing object. The value is null for CREATE requests.
        - 'request' - Attributes of the API request(`ref </pkg/apis/admission/types.go#AdmissionRequest>`_).
        - 'params' - Parameter resource referred to by the policy binding being evaluated. Only populated if the policy has a ParamKind.
        - 'namespaceObject' - The namespace object that the incoming object belongs to. The value is null for cluster-scoped resources.
        - 'variables' - Map of composited variables, from its name to its lazily evaluated value.
          For example, a variable named 'foo' can be accessed as 'variables.foo'.
        - 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request.
          See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz
        - 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the
          request resource.

        The ``apiVersion``, ``kind``, ``metadata.name`` and ``metadata.generateName`` are always accessible from the root of the
        object. No other metadata properties are accessible.

        Only property names of the form ``[a-zA-Z_.-/][a-zA-Z0-9_.-/]*`` are accessible.
        Accessible property names are escaped according to the following rules when accessed in the expression:

        - '__' escapes to '**underscores**'
        - '.' escapes to '**dot**'
        - '-' escapes to '**dash**'
        - '/' escapes to '**slash**'
        - Property names that exactly match a CEL RESERVED keyword escape to '**{keyword}**'. The keywords are:
          "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if",
          "import", "let", "loop", "package", "namespace", "return".
          Examples:
        - Expression accessing a property named "namespace": {"Expression": "object.**namespace** > 0"}
        - Expression accessing a property named "x-prop": {"Expression": "object.x__dash__prop > 0"}
        - Expression accessing a property named "redact__d": {"Expression": "object.redact__underscores__d > 0"}

        Equality on arrays with list type of 'set' or 'map' ignores element order, i.e. [1, 2] == [2, 1].
        Concatenation on arrays with x-kubernetes-list-type use the semantics of the list type:

        - 'set': ``X + Y`` performs a union where the array positions of all elements in ``X`` are preserved and
          non-intersecting elements in ``Y`` are appended, retaining their partial order.
        - 'map': ``X + Y`` performs a merge where the array positions of all keys in ``X`` are preserved but the values
          are overwritten by values in ``Y`` when the key sets of ``X`` and ``Y`` intersect. Elements in ``Y`` with
          non-intersecting keys are appended, retaining their partial order.
          Required.

        :schema: ValidatingPolicyV1Alpha1SpecValidations#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def message(self) -> typing.Optional[builtins.str]:
        '''message represents the message displayed when validation fails.

        The message is required if the Expression contains
        line breaks. The message must not contain line breaks.
        If unset, the message is "failed rule: {Rule}".
        e.g. "must be a URL with the host matching spec.host"
        If the Expression contains line breaks. Message is required.
        The message must not contain line breaks.
        If unset, the message is "failed Expression: {Expression}".

        :schema: ValidatingPolicyV1Alpha1SpecValidations#message
        '''
        result = self._values.get("message")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def message_expression(self) -> typing.Optional[builtins.str]:
        '''messageExpression declares a CEL expression that evaluates to the validation failure message that is returned when this rule fails.

        Since messageExpression is used as a failure message, it must evaluate to a string.
        If both message and messageExpression are present on a validation, then messageExpression will be used if validation fails.
        If messageExpression results in a runtime error, the runtime error is logged, and the validation failure message is produced
        as if the messageExpression field were unset. If messageExpression evaluates to an empty string, a string with only spaces, or a string
        that contains line breaks, then the validation failure message will also be produced as if the messageExpression field were unset, and
        the fact that messageExpression produced an empty string/string with only spaces/string with line breaks will be logged.
        messageExpression has access to all the same variables as the ``expression`` except for 'authorizer' and 'authorizer.requestResource'.
        Example:
        "object.x must be less than max ("+string(params.max)+")"

        :schema: ValidatingPolicyV1Alpha1SpecValidations#messageExpression
        '''
        result = self._values.get("message_expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def reason(self) -> typing.Optional[builtins.str]:
        '''reason represents a machine-readable description of why this validation failed.

        If this is the first validation in the list to fail, this reason, as well as the
        corresponding HTTP response code, are used in the
        HTTP response to the client.
        The currently supported reasons are: "Unauthorized", "Forbidden", "Invalid", "RequestEntityTooLarge".
        If not set, StatusReasonInvalid is used in the response to the client.

        :schema: ValidatingPolicyV1Alpha1SpecValidations#reason
        '''
        result = self._values.get("reason")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecValidations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Alpha1SpecVariables",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "name": "name"},
)
class ValidatingPolicyV1Alpha1SpecVariables:
    def __init__(self, *, expression: builtins.str, name: builtins.str) -> None:
        '''Variable is the definition of a variable that is used for composition.

        A variable is defined as a named expression.

        :param expression: expression is the expression that will be evaluated as the value of the variable. The CEL expression has access to the same identifiers as the CEL expressions in Validation.
        :param name: name is the name of the variable. The name must be a valid CEL identifier and unique among all variables. The variable can be accessed in other expressions through ``variables`` For example, if name is "foo", the variable will be available as ``variables.foo``

        :schema: ValidatingPolicyV1Alpha1SpecVariables
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9abd64a16c97488ef2ed76c2f93621896c6a99bdbdfd7439f59a05ebf59fa449)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
            "name": name,
        }

    @builtins.property
    def expression(self) -> builtins.str:
        '''expression is the expression that will be evaluated as the value of the variable.

        The CEL expression has access to the same identifiers as the CEL expressions in Validation.

        :schema: ValidatingPolicyV1Alpha1SpecVariables#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the name of the variable.

        The name must be a valid CEL identifier and unique among all variables.
        The variable can be accessed in other expressions through ``variables``
        For example, if name is "foo", the variable will be available as ``variables.foo``

        :schema: ValidatingPolicyV1Alpha1SpecVariables#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecVariables(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Alpha1SpecWebhookConfiguration",
    jsii_struct_bases=[],
    name_mapping={"timeout_seconds": "timeoutSeconds"},
)
class ValidatingPolicyV1Alpha1SpecWebhookConfiguration:
    def __init__(self, *, timeout_seconds: typing.Optional[jsii.Number] = None) -> None:
        '''WebhookConfiguration defines the configuration for the webhook.

        :param timeout_seconds: TimeoutSeconds specifies the maximum time in seconds allowed to apply this policy. After the configured time expires, the admission request may fail, or may simply ignore the policy results, based on the failure policy. The default timeout is 10s, the value must be between 1 and 30 seconds.

        :schema: ValidatingPolicyV1Alpha1SpecWebhookConfiguration
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0421122ac31747a9a5abc64761a0fb8ce0c73597ec2942d0c555630c742a0a6b)
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''TimeoutSeconds specifies the maximum time in seconds allowed to apply this policy.

        After the configured time expires, the admission request may fail, or may simply ignore the policy results,
        based on the failure policy. The default timeout is 10s, the value must be between 1 and 30 seconds.

        :schema: ValidatingPolicyV1Alpha1SpecWebhookConfiguration#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Alpha1SpecWebhookConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ValidatingPolicyV1Beta1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Beta1",
):
    '''
    :schema: ValidatingPolicyV1Beta1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ValidatingPolicyV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ValidatingPolicyV1Beta1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__82739820f81da6963612b85e3e4475ddef42ed271ee3f386cf9e3669526e16a6)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ValidatingPolicyV1Beta1Props(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ValidatingPolicyV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ValidatingPolicyV1Beta1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.
        :param metadata: 
        '''
        props = ValidatingPolicyV1Beta1Props(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ValidatingPolicyV1Beta1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Beta1Props",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ValidatingPolicyV1Beta1Props:
    def __init__(
        self,
        *,
        spec: typing.Union["ValidatingPolicyV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.
        :param metadata: 

        :schema: ValidatingPolicyV1Beta1
        '''
        if isinstance(spec, dict):
            spec = ValidatingPolicyV1Beta1Spec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__54818ac43d42a4b59a627e0b782a169ce75095e72bd11b26cf73d5f9835b1e8d)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ValidatingPolicyV1Beta1Spec":
        '''ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.

        :schema: ValidatingPolicyV1Beta1#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ValidatingPolicyV1Beta1Spec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ValidatingPolicyV1Beta1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Beta1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "audit_annotations": "auditAnnotations",
        "autogen": "autogen",
        "evaluation": "evaluation",
        "failure_policy": "failurePolicy",
        "match_conditions": "matchConditions",
        "match_constraints": "matchConstraints",
        "validation_actions": "validationActions",
        "validations": "validations",
        "variables": "variables",
        "webhook_configuration": "webhookConfiguration",
    },
)
class ValidatingPolicyV1Beta1Spec:
    def __init__(
        self,
        *,
        audit_annotations: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Beta1SpecAuditAnnotations", typing.Dict[builtins.str, typing.Any]]]] = None,
        autogen: typing.Optional[typing.Union["ValidatingPolicyV1Beta1SpecAutogen", typing.Dict[builtins.str, typing.Any]]] = None,
        evaluation: typing.Optional[typing.Union["ValidatingPolicyV1Beta1SpecEvaluation", typing.Dict[builtins.str, typing.Any]]] = None,
        failure_policy: typing.Optional["ValidatingPolicyV1Beta1SpecFailurePolicy"] = None,
        match_conditions: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Beta1SpecMatchConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_constraints: typing.Optional[typing.Union["ValidatingPolicyV1Beta1SpecMatchConstraints", typing.Dict[builtins.str, typing.Any]]] = None,
        validation_actions: typing.Optional[typing.Sequence["ValidatingPolicyV1Beta1SpecValidationActions"]] = None,
        validations: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Beta1SpecValidations", typing.Dict[builtins.str, typing.Any]]]] = None,
        variables: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Beta1SpecVariables", typing.Dict[builtins.str, typing.Any]]]] = None,
        webhook_configuration: typing.Optional[typing.Union["ValidatingPolicyV1Beta1SpecWebhookConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ValidatingPolicySpec is the specification of the desired behavior of the ValidatingPolicy.

        :param audit_annotations: auditAnnotations contains CEL expressions which are used to produce audit annotations for the audit event of the API request. validations and auditAnnotations may not both be empty; a least one of validations or auditAnnotations is required.
        :param autogen: AutogenConfiguration defines the configuration for the generation controller.
        :param evaluation: EvaluationConfiguration defines the configuration for the policy evaluation.
        :param failure_policy: failurePolicy defines how to handle failures for the admission policy. Failures can occur from CEL expression parse errors, type check errors, runtime errors and invalid or mis-configured policy definitions or bindings. failurePolicy does not define how validations that evaluate to false are handled. When failurePolicy is set to Fail, the validationActions field define how failures are enforced. Allowed values are Ignore or Fail. Defaults to Fail. Default: Fail.
        :param match_conditions: MatchConditions is a list of conditions that must be met for a request to be validated. Match conditions filter requests that have already been matched by the rules, namespaceSelector, and objectSelector. An empty list of matchConditions matches all requests. There are a maximum of 64 match conditions allowed. The exact matching logic is (in order): 1. If ANY matchCondition evaluates to FALSE, the policy is skipped. 2. If ALL matchConditions evaluate to TRUE, the policy is evaluated. 3. If any matchCondition evaluates to an error (but none are FALSE): - If failurePolicy=Fail, reject the request - If failurePolicy=Ignore, the policy is skipped
        :param match_constraints: MatchConstraints specifies what resources this policy is designed to validate. The AdmissionPolicy cares about a request if it matches *all* Constraints. Required.
        :param validation_actions: ValidationAction specifies the action to be taken when the matched resource violates the policy. If a validation evaluates to false it is always enforced according to these actions. Failures defined by the ValidatingAdmissionPolicy's FailurePolicy are enforced according to these actions only if the FailurePolicy is set to Fail, otherwise the failures are ignored. This includes compilation errors, runtime errors and misconfigurations of the policy. validationActions is declared as a set of action values. Order does not matter. validationActions may not contain duplicates of the same action. The supported actions values are: "Deny" specifies that a validation failure results in a denied request. "Warn" specifies that a validation failure is reported to the request client in HTTP Warning headers, with a warning code of 299. Warnings can be sent both for allowed or denied admission responses. "Audit" specifies that a validation failure is recorded in the created reports. Clients should expect to handle additional values by ignoring any values not recognized. "Deny" and "Warn" may not be used together since this combination needlessly duplicates the validation failure both in the API response body and the HTTP warning headers. Required.
        :param validations: Validations contain CEL expressions which is used to apply the validation. Validations and AuditAnnotations may not both be empty; a minimum of one Validations or AuditAnnotations is required.
        :param variables: Variables contain definitions of variables that can be used in composition of other expressions. Each variable is defined as a named CEL expression. The variables defined here will be available under ``variables`` in other expressions of the policy except MatchConditions because MatchConditions are evaluated before the rest of the policy. The expression of a variable can refer to other variables defined earlier in the list but not those after. Thus, Variables must be sorted by the order of first appearance and acyclic.
        :param webhook_configuration: WebhookConfiguration defines the configuration for the webhook.

        :schema: ValidatingPolicyV1Beta1Spec
        '''
        if isinstance(autogen, dict):
            autogen = ValidatingPolicyV1Beta1SpecAutogen(**autogen)
        if isinstance(evaluation, dict):
            evaluation = ValidatingPolicyV1Beta1SpecEvaluation(**evaluation)
        if isinstance(match_constraints, dict):
            match_constraints = ValidatingPolicyV1Beta1SpecMatchConstraints(**match_constraints)
        if isinstance(webhook_configuration, dict):
            webhook_configuration = ValidatingPolicyV1Beta1SpecWebhookConfiguration(**webhook_configuration)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__626f5585f96600308e8c420109563e322a256c0801733f49673e8ef8acaacb0c)
            check_type(argname="argument audit_annotations", value=audit_annotations, expected_type=type_hints["audit_annotations"])
            check_type(argname="argument autogen", value=autogen, expected_type=type_hints["autogen"])
            check_type(argname="argument evaluation", value=evaluation, expected_type=type_hints["evaluation"])
            check_type(argname="argument failure_policy", value=failure_policy, expected_type=type_hints["failure_policy"])
            check_type(argname="argument match_conditions", value=match_conditions, expected_type=type_hints["match_conditions"])
            check_type(argname="argument match_constraints", value=match_constraints, expected_type=type_hints["match_constraints"])
            check_type(argname="argument validation_actions", value=validation_actions, expected_type=type_hints["validation_actions"])
            check_type(argname="argument validations", value=validations, expected_type=type_hints["validations"])
            check_type(argname="argument variables", value=variables, expected_type=type_hints["variables"])
            check_type(argname="argument webhook_configuration", value=webhook_configuration, expected_type=type_hints["webhook_configuration"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if audit_annotations is not None:
            self._values["audit_annotations"] = audit_annotations
        if autogen is not None:
            self._values["autogen"] = autogen
        if evaluation is not None:
            self._values["evaluation"] = evaluation
        if failure_policy is not None:
            self._values["failure_policy"] = failure_policy
        if match_conditions is not None:
            self._values["match_conditions"] = match_conditions
        if match_constraints is not None:
            self._values["match_constraints"] = match_constraints
        if validation_actions is not None:
            self._values["validation_actions"] = validation_actions
        if validations is not None:
            self._values["validations"] = validations
        if variables is not None:
            self._values["variables"] = variables
        if webhook_configuration is not None:
            self._values["webhook_configuration"] = webhook_configuration

    @builtins.property
    def audit_annotations(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecAuditAnnotations"]]:
        '''auditAnnotations contains CEL expressions which are used to produce audit annotations for the audit event of the API request.

        validations and auditAnnotations may not both be empty; a least one of validations or auditAnnotations is
        required.

        :schema: ValidatingPolicyV1Beta1Spec#auditAnnotations
        '''
        result = self._values.get("audit_annotations")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecAuditAnnotations"]], result)

    @builtins.property
    def autogen(self) -> typing.Optional["ValidatingPolicyV1Beta1SpecAutogen"]:
        '''AutogenConfiguration defines the configuration for the generation controller.

        :schema: ValidatingPolicyV1Beta1Spec#autogen
        '''
        result = self._values.get("autogen")
        return typing.cast(typing.Optional["ValidatingPolicyV1Beta1SpecAutogen"], result)

    @builtins.property
    def evaluation(self) -> typing.Optional["ValidatingPolicyV1Beta1SpecEvaluation"]:
        '''EvaluationConfiguration defines the configuration for the policy evaluation.

        :schema: ValidatingPolicyV1Beta1Spec#evaluation
        '''
        result = self._values.get("evaluation")
        return typing.cast(typing.Optional["ValidatingPolicyV1Beta1SpecEvaluation"], result)

    @builtins.property
    def failure_policy(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Beta1SpecFailurePolicy"]:
        '''failurePolicy defines how to handle failures for the admission policy.

        Failures can
        occur from CEL expression parse errors, type check errors, runtime errors and invalid
        or mis-configured policy definitions or bindings.

        failurePolicy does not define how validations that evaluate to false are handled.

        When failurePolicy is set to Fail, the validationActions field define how failures are enforced.

        Allowed values are Ignore or Fail. Defaults to Fail.

        :default: Fail.

        :schema: ValidatingPolicyV1Beta1Spec#failurePolicy
        '''
        result = self._values.get("failure_policy")
        return typing.cast(typing.Optional["ValidatingPolicyV1Beta1SpecFailurePolicy"], result)

    @builtins.property
    def match_conditions(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecMatchConditions"]]:
        '''MatchConditions is a list of conditions that must be met for a request to be validated.

        Match conditions filter requests that have already been matched by the rules,
        namespaceSelector, and objectSelector. An empty list of matchConditions matches all requests.
        There are a maximum of 64 match conditions allowed.

        The exact matching logic is (in order):

        1. If ANY matchCondition evaluates to FALSE, the policy is skipped.
        2. If ALL matchConditions evaluate to TRUE, the policy is evaluated.
        3. If any matchCondition evaluates to an error (but none are FALSE):

        - If failurePolicy=Fail, reject the request
        - If failurePolicy=Ignore, the policy is skipped

        :schema: ValidatingPolicyV1Beta1Spec#matchConditions
        '''
        result = self._values.get("match_conditions")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecMatchConditions"]], result)

    @builtins.property
    def match_constraints(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Beta1SpecMatchConstraints"]:
        '''MatchConstraints specifies what resources this policy is designed to validate.

        The AdmissionPolicy cares about a request if it matches *all* Constraints.
        Required.

        :schema: ValidatingPolicyV1Beta1Spec#matchConstraints
        '''
        result = self._values.get("match_constraints")
        return typing.cast(typing.Optional["ValidatingPolicyV1Beta1SpecMatchConstraints"], result)

    @builtins.property
    def validation_actions(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecValidationActions"]]:
        '''ValidationAction specifies the action to be taken when the matched resource violates the policy.

        If a validation evaluates to false it is always enforced according to these actions.

        Failures defined by the ValidatingAdmissionPolicy's FailurePolicy are enforced according
        to these actions only if the FailurePolicy is set to Fail, otherwise the failures are
        ignored. This includes compilation errors, runtime errors and misconfigurations of the policy.

        validationActions is declared as a set of action values. Order does
        not matter. validationActions may not contain duplicates of the same action.

        The supported actions values are:

        "Deny" specifies that a validation failure results in a denied request.

        "Warn" specifies that a validation failure is reported to the request client
        in HTTP Warning headers, with a warning code of 299. Warnings can be sent
        both for allowed or denied admission responses.

        "Audit" specifies that a validation failure is recorded in the created reports.

        Clients should expect to handle additional values by ignoring
        any values not recognized.

        "Deny" and "Warn" may not be used together since this combination
        needlessly duplicates the validation failure both in the
        API response body and the HTTP warning headers.

        Required.

        :schema: ValidatingPolicyV1Beta1Spec#validationActions
        '''
        result = self._values.get("validation_actions")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecValidationActions"]], result)

    @builtins.property
    def validations(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecValidations"]]:
        '''Validations contain CEL expressions which is used to apply the validation.

        Validations and AuditAnnotations may not both be empty; a minimum of one Validations or AuditAnnotations is
        required.

        :schema: ValidatingPolicyV1Beta1Spec#validations
        '''
        result = self._values.get("validations")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecValidations"]], result)

    @builtins.property
    def variables(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecVariables"]]:
        '''Variables contain definitions of variables that can be used in composition of other expressions.

        Each variable is defined as a named CEL expression.
        The variables defined here will be available under ``variables`` in other expressions of the policy
        except MatchConditions because MatchConditions are evaluated before the rest of the policy.

        The expression of a variable can refer to other variables defined earlier in the list but not those after.
        Thus, Variables must be sorted by the order of first appearance and acyclic.

        :schema: ValidatingPolicyV1Beta1Spec#variables
        '''
        result = self._values.get("variables")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecVariables"]], result)

    @builtins.property
    def webhook_configuration(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Beta1SpecWebhookConfiguration"]:
        '''WebhookConfiguration defines the configuration for the webhook.

        :schema: ValidatingPolicyV1Beta1Spec#webhookConfiguration
        '''
        result = self._values.get("webhook_configuration")
        return typing.cast(typing.Optional["ValidatingPolicyV1Beta1SpecWebhookConfiguration"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Beta1SpecAuditAnnotations",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "value_expression": "valueExpression"},
)
class ValidatingPolicyV1Beta1SpecAuditAnnotations:
    def __init__(self, *, key: builtins.str, value_expression: builtins.str) -> None:
        '''AuditAnnotation describes how to produce an audit annotation for an API request.

        :param key: key specifies the audit annotation key. The audit annotation keys of a ValidatingAdmissionPolicy must be unique. The key must be a qualified name ([A-Za-z0-9][-A-Za-z0-9_.]*) no more than 63 bytes in length. The key is combined with the resource name of the ValidatingAdmissionPolicy to construct an audit annotation key: "{ValidatingAdmissionPolicy name}/{key}". If an admission webhook uses the same resource name as this ValidatingAdmissionPolicy and the same audit annotation key, the annotation key will be identical. In this case, the first annotation written with the key will be included in the audit event and all subsequent annotations with the same key will be discarded. Required.
        :param value_expression: valueExpression represents the expression which is evaluated by CEL to produce an audit annotation value. The expression must evaluate to either a string or null value. If the expression evaluates to a string, the audit annotation is included with the string value. If the expression evaluates to null or empty string the audit annotation will be omitted. The valueExpression may be no longer than 5kb in length. If the result of the valueExpression is more than 10kb in length, it will be truncated to 10kb. If multiple ValidatingAdmissionPolicyBinding resources match an API request, then the valueExpression will be evaluated for each binding. All unique values produced by the valueExpressions will be joined together in a comma-separated list. Required.

        :schema: ValidatingPolicyV1Beta1SpecAuditAnnotations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ed408edf0368636c2e2642a9b0667c3e77101afa225760ec482629b4ad845dd0)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument value_expression", value=value_expression, expected_type=type_hints["value_expression"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "value_expression": value_expression,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''key specifies the audit annotation key.

        The audit annotation keys of
        a ValidatingAdmissionPolicy must be unique. The key must be a qualified
        name ([A-Za-z0-9][-A-Za-z0-9_.]*) no more than 63 bytes in length.

        The key is combined with the resource name of the
        ValidatingAdmissionPolicy to construct an audit annotation key:
        "{ValidatingAdmissionPolicy name}/{key}".

        If an admission webhook uses the same resource name as this ValidatingAdmissionPolicy
        and the same audit annotation key, the annotation key will be identical.
        In this case, the first annotation written with the key will be included
        in the audit event and all subsequent annotations with the same key
        will be discarded.

        Required.

        :schema: ValidatingPolicyV1Beta1SpecAuditAnnotations#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value_expression(self) -> builtins.str:
        '''valueExpression represents the expression which is evaluated by CEL to produce an audit annotation value.

        The expression must evaluate to either
        a string or null value. If the expression evaluates to a string, the
        audit annotation is included with the string value. If the expression
        evaluates to null or empty string the audit annotation will be omitted.
        The valueExpression may be no longer than 5kb in length.
        If the result of the valueExpression is more than 10kb in length, it
        will be truncated to 10kb.

        If multiple ValidatingAdmissionPolicyBinding resources match an
        API request, then the valueExpression will be evaluated for
        each binding. All unique values produced by the valueExpressions
        will be joined together in a comma-separated list.

        Required.

        :schema: ValidatingPolicyV1Beta1SpecAuditAnnotations#valueExpression
        '''
        result = self._values.get("value_expression")
        assert result is not None, "Required property 'value_expression' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecAuditAnnotations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Beta1SpecAutogen",
    jsii_struct_bases=[],
    name_mapping={
        "pod_controllers": "podControllers",
        "validating_admission_policy": "validatingAdmissionPolicy",
    },
)
class ValidatingPolicyV1Beta1SpecAutogen:
    def __init__(
        self,
        *,
        pod_controllers: typing.Optional[typing.Union["ValidatingPolicyV1Beta1SpecAutogenPodControllers", typing.Dict[builtins.str, typing.Any]]] = None,
        validating_admission_policy: typing.Optional[typing.Union["ValidatingPolicyV1Beta1SpecAutogenValidatingAdmissionPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AutogenConfiguration defines the configuration for the generation controller.

        :param pod_controllers: PodControllers specifies whether to generate a pod controllers rules.
        :param validating_admission_policy: ValidatingAdmissionPolicy specifies whether to generate a Kubernetes ValidatingAdmissionPolicy.

        :schema: ValidatingPolicyV1Beta1SpecAutogen
        '''
        if isinstance(pod_controllers, dict):
            pod_controllers = ValidatingPolicyV1Beta1SpecAutogenPodControllers(**pod_controllers)
        if isinstance(validating_admission_policy, dict):
            validating_admission_policy = ValidatingPolicyV1Beta1SpecAutogenValidatingAdmissionPolicy(**validating_admission_policy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8f0a219dfe5324240c61c4a74f914375bc30e91cc036bf9cb7d8691a5a6098a0)
            check_type(argname="argument pod_controllers", value=pod_controllers, expected_type=type_hints["pod_controllers"])
            check_type(argname="argument validating_admission_policy", value=validating_admission_policy, expected_type=type_hints["validating_admission_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if pod_controllers is not None:
            self._values["pod_controllers"] = pod_controllers
        if validating_admission_policy is not None:
            self._values["validating_admission_policy"] = validating_admission_policy

    @builtins.property
    def pod_controllers(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Beta1SpecAutogenPodControllers"]:
        '''PodControllers specifies whether to generate a pod controllers rules.

        :schema: ValidatingPolicyV1Beta1SpecAutogen#podControllers
        '''
        result = self._values.get("pod_controllers")
        return typing.cast(typing.Optional["ValidatingPolicyV1Beta1SpecAutogenPodControllers"], result)

    @builtins.property
    def validating_admission_policy(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Beta1SpecAutogenValidatingAdmissionPolicy"]:
        '''ValidatingAdmissionPolicy specifies whether to generate a Kubernetes ValidatingAdmissionPolicy.

        :schema: ValidatingPolicyV1Beta1SpecAutogen#validatingAdmissionPolicy
        '''
        result = self._values.get("validating_admission_policy")
        return typing.cast(typing.Optional["ValidatingPolicyV1Beta1SpecAutogenValidatingAdmissionPolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecAutogen(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Beta1SpecAutogenPodControllers",
    jsii_struct_bases=[],
    name_mapping={"controllers": "controllers"},
)
class ValidatingPolicyV1Beta1SpecAutogenPodControllers:
    def __init__(
        self,
        *,
        controllers: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''PodControllers specifies whether to generate a pod controllers rules.

        :param controllers: 

        :schema: ValidatingPolicyV1Beta1SpecAutogenPodControllers
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__937d0debbd338cbe8c2f5d102b16e3910f68ceee9bb3ee60eb0e9dbba1013304)
            check_type(argname="argument controllers", value=controllers, expected_type=type_hints["controllers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if controllers is not None:
            self._values["controllers"] = controllers

    @builtins.property
    def controllers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ValidatingPolicyV1Beta1SpecAutogenPodControllers#controllers
        '''
        result = self._values.get("controllers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecAutogenPodControllers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Beta1SpecAutogenValidatingAdmissionPolicy",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ValidatingPolicyV1Beta1SpecAutogenValidatingAdmissionPolicy:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''ValidatingAdmissionPolicy specifies whether to generate a Kubernetes ValidatingAdmissionPolicy.

        :param enabled: Enabled specifies whether to generate a Kubernetes ValidatingAdmissionPolicy. Optional. Defaults to "false" if not specified. Default: false" if not specified.

        :schema: ValidatingPolicyV1Beta1SpecAutogenValidatingAdmissionPolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0b1f55840602c504dd5ab74ac1baefd14170cb0ee80a2a6f1696f325ff97f742)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled specifies whether to generate a Kubernetes ValidatingAdmissionPolicy.

        Optional. Defaults to "false" if not specified.

        :default: false" if not specified.

        :schema: ValidatingPolicyV1Beta1SpecAutogenValidatingAdmissionPolicy#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecAutogenValidatingAdmissionPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Beta1SpecEvaluation",
    jsii_struct_bases=[],
    name_mapping={
        "admission": "admission",
        "background": "background",
        "mode": "mode",
    },
)
class ValidatingPolicyV1Beta1SpecEvaluation:
    def __init__(
        self,
        *,
        admission: typing.Optional[typing.Union["ValidatingPolicyV1Beta1SpecEvaluationAdmission", typing.Dict[builtins.str, typing.Any]]] = None,
        background: typing.Optional[typing.Union["ValidatingPolicyV1Beta1SpecEvaluationBackground", typing.Dict[builtins.str, typing.Any]]] = None,
        mode: typing.Optional[builtins.str] = None,
    ) -> None:
        '''EvaluationConfiguration defines the configuration for the policy evaluation.

        :param admission: Admission controls policy evaluation during admission.
        :param background: Background controls policy evaluation during background scan.
        :param mode: Mode is the mode of policy evaluation. Allowed values are "Kubernetes", "HTTP" or "Envoy". Optional. Default value is "Kubernetes".

        :schema: ValidatingPolicyV1Beta1SpecEvaluation
        '''
        if isinstance(admission, dict):
            admission = ValidatingPolicyV1Beta1SpecEvaluationAdmission(**admission)
        if isinstance(background, dict):
            background = ValidatingPolicyV1Beta1SpecEvaluationBackground(**background)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ee83f9688b016195f2e3020062f9bac74ea3d695038f5b9988f700d0f5b0607f)
            check_type(argname="argument admission", value=admission, expected_type=type_hints["admission"])
            check_type(argname="argument background", value=background, expected_type=type_hints["background"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if admission is not None:
            self._values["admission"] = admission
        if background is not None:
            self._values["background"] = background
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def admission(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Beta1SpecEvaluationAdmission"]:
        '''Admission controls policy evaluation during admission.

        :schema: ValidatingPolicyV1Beta1SpecEvaluation#admission
        '''
        result = self._values.get("admission")
        return typing.cast(typing.Optional["ValidatingPolicyV1Beta1SpecEvaluationAdmission"], result)

    @builtins.property
    def background(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Beta1SpecEvaluationBackground"]:
        '''Background  controls policy evaluation during background scan.

        :schema: ValidatingPolicyV1Beta1SpecEvaluation#background
        '''
        result = self._values.get("background")
        return typing.cast(typing.Optional["ValidatingPolicyV1Beta1SpecEvaluationBackground"], result)

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''Mode is the mode of policy evaluation.

        Allowed values are "Kubernetes", "HTTP" or "Envoy".
        Optional. Default value is "Kubernetes".

        :schema: ValidatingPolicyV1Beta1SpecEvaluation#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecEvaluation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Beta1SpecEvaluationAdmission",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ValidatingPolicyV1Beta1SpecEvaluationAdmission:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''Admission controls policy evaluation during admission.

        :param enabled: Enabled controls if rules are applied during admission. Optional. Default value is "true".

        :schema: ValidatingPolicyV1Beta1SpecEvaluationAdmission
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__52f9c456173df4f689a605433b892a61a56fda54d4c9216e6fc6a06f9a9ba731)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled controls if rules are applied during admission.

        Optional. Default value is "true".

        :schema: ValidatingPolicyV1Beta1SpecEvaluationAdmission#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecEvaluationAdmission(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Beta1SpecEvaluationBackground",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ValidatingPolicyV1Beta1SpecEvaluationBackground:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''Background  controls policy evaluation during background scan.

        :param enabled: Enabled controls if rules are applied to existing resources during a background scan. Optional. Default value is "true". The value must be set to "false" if the policy rule uses variables that are only available in the admission review request (e.g. user name).

        :schema: ValidatingPolicyV1Beta1SpecEvaluationBackground
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6435d68156bd993f729a46915b47422eb3c3776268403be582daabe65a0602ae)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled controls if rules are applied to existing resources during a background scan.

        Optional. Default value is "true". The value must be set to "false" if the policy rule
        uses variables that are only available in the admission review request (e.g. user name).

        :schema: ValidatingPolicyV1Beta1SpecEvaluationBackground#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecEvaluationBackground(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="iokyvernopolicies.ValidatingPolicyV1Beta1SpecFailurePolicy")
class ValidatingPolicyV1Beta1SpecFailurePolicy(enum.Enum):
    '''failurePolicy defines how to handle failures for the admission policy.

    Failures can
    occur from CEL expression parse errors, type check errors, runtime errors and invalid
    or mis-configured policy definitions or bindings.

    failurePolicy does not define how validations that evaluate to false are handled.

    When failurePolicy is set to Fail, the validationActions field define how failures are enforced.

    Allowed values are Ignore or Fail. Defaults to Fail.

    :default: Fail.

    :schema: ValidatingPolicyV1Beta1SpecFailurePolicy
    '''

    IGNORE = "IGNORE"
    '''Ignore.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Beta1SpecMatchConditions",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "name": "name"},
)
class ValidatingPolicyV1Beta1SpecMatchConditions:
    def __init__(self, *, expression: builtins.str, name: builtins.str) -> None:
        '''MatchCondition represents a condition which must by fulfilled for a request to be sent to a webhook.

        :param expression: expression represents the expression which will be evaluated by CEL. Must evaluate to bool. CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables: 'object' - The object from the incoming request. The value is null for DELETE requests. 'oldObject' - The existing object. The value is null for CREATE requests. 'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest). 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request. See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the request resource. Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/ Required.
        :param name: name is an identifier for this match condition, used for strategic merging of MatchConditions, as well as providing an identifier for logging purposes. A good name should be descriptive of the associated expression. Name must be a qualified name consisting of alphanumeric characters, '-', '*' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9*.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName') Required.

        :schema: ValidatingPolicyV1Beta1SpecMatchConditions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dd1552bcc3895264d96bab4fc02f448e9c7c6b54c0459e2db8b6f19972a8d3ee)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
            "name": name,
        }

    @builtins.property
    def expression(self) -> builtins.str:
        '''expression represents the expression which will be evaluated by CEL.

        Must evaluate to bool.
        CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables:

        'object' - The object from the incoming request. The value is null for DELETE requests.
        'oldObject' - The existing object. The value is null for CREATE requests.
        'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest).
        'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request.
        See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz
        'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the
        request resource.
        Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/

        Required.

        :schema: ValidatingPolicyV1Beta1SpecMatchConditions#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name is an identifier for this match condition, used for strategic merging of MatchConditions, as well as providing an identifier for logging purposes.

        A good name should be descriptive of
        the associated expression.
        Name must be a qualified name consisting of alphanumeric characters, '-', '*' or '.', and
        must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or
        '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9*.]*)?[A-Za-z0-9]') with an
        optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')

        Required.

        :schema: ValidatingPolicyV1Beta1SpecMatchConditions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecMatchConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Beta1SpecMatchConstraints",
    jsii_struct_bases=[],
    name_mapping={
        "exclude_resource_rules": "excludeResourceRules",
        "match_policy": "matchPolicy",
        "namespace_selector": "namespaceSelector",
        "object_selector": "objectSelector",
        "resource_rules": "resourceRules",
    },
)
class ValidatingPolicyV1Beta1SpecMatchConstraints:
    def __init__(
        self,
        *,
        exclude_resource_rules: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_policy: typing.Optional[builtins.str] = None,
        namespace_selector: typing.Optional[typing.Union["ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        object_selector: typing.Optional[typing.Union["ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_rules: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''MatchConstraints specifies what resources this policy is designed to validate.

        The AdmissionPolicy cares about a request if it matches *all* Constraints.
        Required.

        :param exclude_resource_rules: excludeResourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy should not care about. The exclude rules take precedence over include rules (if a resource matches both, it is excluded)
        :param match_policy: matchPolicy defines how the "MatchResources" list is used to match incoming requests. Allowed values are "Exact" or "Equivalent". - Exact: match a request only if it exactly matches a specified rule. For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1, but "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``, a request to apps/v1beta1 or extensions/v1beta1 would not be sent to the ValidatingAdmissionPolicy. - Equivalent: match a request if modifies a resource listed in rules, even via another API group or version. For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1, and "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``, a request to apps/v1beta1 or extensions/v1beta1 would be converted to apps/v1 and sent to the ValidatingAdmissionPolicy. Defaults to "Equivalent" Default: Equivalent"
        :param namespace_selector: namespaceSelector decides whether to run the admission control policy on an object based on whether the namespace for that object matches the selector. If the object itself is a namespace, the matching is performed on object.metadata.labels. If the object is another cluster scoped resource, it never skips the policy. For example, to run the webhook on any objects whose namespace is not associated with "runlevel" of "0" or "1"; you will set the selector as follows: "namespaceSelector": { "matchExpressions": [ { "key": "runlevel", "operator": "NotIn", "values": [ "0", "1" ] } ] } If instead you want to only run the policy on any objects whose namespace is associated with the "environment" of "prod" or "staging"; you will set the selector as follows: "namespaceSelector": { "matchExpressions": [ { "key": "environment", "operator": "In", "values": [ "prod", "staging" ] } ] } See https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/ for more examples of label selectors. Default to the empty LabelSelector, which matches everything. Default: the empty LabelSelector, which matches everything.
        :param object_selector: objectSelector decides whether to run the validation based on if the object has matching labels. objectSelector is evaluated against both the oldObject and newObject that would be sent to the cel validation, and is considered to match if either object matches the selector. A null object (oldObject in the case of create, or newObject in the case of delete) or an object that cannot have labels (like a DeploymentRollback or a PodProxyOptions object) is not considered to match. Use the object selector only if the webhook is opt-in, because end users may skip the admission webhook by setting the labels. Default to the empty LabelSelector, which matches everything. Default: the empty LabelSelector, which matches everything.
        :param resource_rules: resourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy matches. The policy cares about an operation if it matches *any* Rule.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraints
        '''
        if isinstance(namespace_selector, dict):
            namespace_selector = ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector(**namespace_selector)
        if isinstance(object_selector, dict):
            object_selector = ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector(**object_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__25ebc40826b4de71f65973d9942a4bf59daa2a40ecdf41954af01e5f24cdd967)
            check_type(argname="argument exclude_resource_rules", value=exclude_resource_rules, expected_type=type_hints["exclude_resource_rules"])
            check_type(argname="argument match_policy", value=match_policy, expected_type=type_hints["match_policy"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
            check_type(argname="argument object_selector", value=object_selector, expected_type=type_hints["object_selector"])
            check_type(argname="argument resource_rules", value=resource_rules, expected_type=type_hints["resource_rules"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exclude_resource_rules is not None:
            self._values["exclude_resource_rules"] = exclude_resource_rules
        if match_policy is not None:
            self._values["match_policy"] = match_policy
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector
        if object_selector is not None:
            self._values["object_selector"] = object_selector
        if resource_rules is not None:
            self._values["resource_rules"] = resource_rules

    @builtins.property
    def exclude_resource_rules(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules"]]:
        '''excludeResourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy should not care about.

        The exclude rules take precedence over include rules (if a resource matches both, it is excluded)

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraints#excludeResourceRules
        '''
        result = self._values.get("exclude_resource_rules")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules"]], result)

    @builtins.property
    def match_policy(self) -> typing.Optional[builtins.str]:
        '''matchPolicy defines how the "MatchResources" list is used to match incoming requests. Allowed values are "Exact" or "Equivalent".

        - Exact: match a request only if it exactly matches a specified rule.
          For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1,
          but "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``,
          a request to apps/v1beta1 or extensions/v1beta1 would not be sent to the ValidatingAdmissionPolicy.
        - Equivalent: match a request if modifies a resource listed in rules, even via another API group or version.
          For example, if deployments can be modified via apps/v1, apps/v1beta1, and extensions/v1beta1,
          and "rules" only included ``apiGroups:["apps"], apiVersions:["v1"], resources: ["deployments"]``,
          a request to apps/v1beta1 or extensions/v1beta1 would be converted to apps/v1 and sent to the ValidatingAdmissionPolicy.

        Defaults to "Equivalent"

        :default: Equivalent"

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraints#matchPolicy
        '''
        result = self._values.get("match_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector"]:
        '''namespaceSelector decides whether to run the admission control policy on an object based on whether the namespace for that object matches the selector.

        If the
        object itself is a namespace, the matching is performed on
        object.metadata.labels. If the object is another cluster scoped resource,
        it never skips the policy.

        For example, to run the webhook on any objects whose namespace is not
        associated with "runlevel" of "0" or "1";  you will set the selector as
        follows:
        "namespaceSelector": {
        "matchExpressions": [
        {
        "key": "runlevel",
        "operator": "NotIn",
        "values": [
        "0",
        "1"
        ]
        }
        ]
        }

        If instead you want to only run the policy on any objects whose
        namespace is associated with the "environment" of "prod" or "staging";
        you will set the selector as follows:
        "namespaceSelector": {
        "matchExpressions": [
        {
        "key": "environment",
        "operator": "In",
        "values": [
        "prod",
        "staging"
        ]
        }
        ]
        }

        See
        https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/
        for more examples of label selectors.

        Default to the empty LabelSelector, which matches everything.

        :default: the empty LabelSelector, which matches everything.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraints#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector"], result)

    @builtins.property
    def object_selector(
        self,
    ) -> typing.Optional["ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector"]:
        '''objectSelector decides whether to run the validation based on if the object has matching labels.

        objectSelector is evaluated against both
        the oldObject and newObject that would be sent to the cel validation, and
        is considered to match if either object matches the selector. A null
        object (oldObject in the case of create, or newObject in the case of
        delete) or an object that cannot have labels (like a
        DeploymentRollback or a PodProxyOptions object) is not considered to
        match.
        Use the object selector only if the webhook is opt-in, because end
        users may skip the admission webhook by setting the labels.
        Default to the empty LabelSelector, which matches everything.

        :default: the empty LabelSelector, which matches everything.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraints#objectSelector
        '''
        result = self._values.get("object_selector")
        return typing.cast(typing.Optional["ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector"], result)

    @builtins.property
    def resource_rules(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules"]]:
        '''resourceRules describes what operations on what resources/subresources the ValidatingAdmissionPolicy matches.

        The policy cares about an operation if it matches *any* Rule.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraints#resourceRules
        '''
        result = self._values.get("resource_rules")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecMatchConstraints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules",
    jsii_struct_bases=[],
    name_mapping={
        "api_groups": "apiGroups",
        "api_versions": "apiVersions",
        "operations": "operations",
        "resource_names": "resourceNames",
        "resources": "resources",
        "scope": "scope",
    },
)
class ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules:
    def __init__(
        self,
        *,
        api_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        api_versions: typing.Optional[typing.Sequence[builtins.str]] = None,
        operations: typing.Optional[typing.Sequence[builtins.str]] = None,
        resource_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        scope: typing.Optional[builtins.str] = None,
    ) -> None:
        '''NamedRuleWithOperations is a tuple of Operations and Resources with ResourceNames.

        :param api_groups: apiGroups is the API groups the resources belong to. '*' is all groups. If '*' is present, the length of the slice must be one. Required.
        :param api_versions: apiVersions is the API versions the resources belong to. '*' is all versions. If '*' is present, the length of the slice must be one. Required.
        :param operations: operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added. If '*' is present, the length of the slice must be one. Required.
        :param resource_names: resourceNames is an optional white list of names that the rule applies to. An empty set means that everything is allowed.
        :param resources: resources is a list of resources this rule applies to. For example: 'pods' means pods. 'pods/log' means the log subresource of pods. '*' means all resources, but not subresources. 'pods/*' means all subresources of pods. '*/scale' means all scale subresources. '*/*' means all resources and their subresources. If wildcard is present, the validation rule will ensure resources do not overlap with each other. Depending on the enclosing object, subresources might not be allowed. Required.
        :param scope: scope specifies the scope of this rule. Valid values are "Cluster", "Namespaced", and "*" "Cluster" means that only cluster-scoped resources will match this rule. Namespace API objects are cluster-scoped. "Namespaced" means that only namespaced resources will match this rule. "*" means that there are no scope restrictions. Subresources match the scope of their parent resource. Default is "*". Default: .

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__811559b295097aaa0fbfc5770c8608a8c48e0446bc2d276719710e5d23673694)
            check_type(argname="argument api_groups", value=api_groups, expected_type=type_hints["api_groups"])
            check_type(argname="argument api_versions", value=api_versions, expected_type=type_hints["api_versions"])
            check_type(argname="argument operations", value=operations, expected_type=type_hints["operations"])
            check_type(argname="argument resource_names", value=resource_names, expected_type=type_hints["resource_names"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_groups is not None:
            self._values["api_groups"] = api_groups
        if api_versions is not None:
            self._values["api_versions"] = api_versions
        if operations is not None:
            self._values["operations"] = operations
        if resource_names is not None:
            self._values["resource_names"] = resource_names
        if resources is not None:
            self._values["resources"] = resources
        if scope is not None:
            self._values["scope"] = scope

    @builtins.property
    def api_groups(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiGroups is the API groups the resources belong to.

        '*' is all groups.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules#apiGroups
        '''
        result = self._values.get("api_groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def api_versions(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiVersions is the API versions the resources belong to.

        '*' is all versions.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules#apiVersions
        '''
        result = self._values.get("api_versions")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def operations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added.

        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules#operations
        '''
        result = self._values.get("operations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resource_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resourceNames is an optional white list of names that the rule applies to.

        An empty set means that everything is allowed.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules#resourceNames
        '''
        result = self._values.get("resource_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resources is a list of resources this rule applies to.

        For example:
        'pods' means pods.
        'pods/log' means the log subresource of pods.
        '*' means all resources, but not subresources.
        'pods/*' means all subresources of pods.
        '*/scale' means all scale subresources.
        '*/*' means all resources and their subresources.

        If wildcard is present, the validation rule will ensure resources do not
        overlap with each other.

        Depending on the enclosing object, subresources might not be allowed.
        Required.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def scope(self) -> typing.Optional[builtins.str]:
        '''scope specifies the scope of this rule.

        Valid values are "Cluster", "Namespaced", and "*"
        "Cluster" means that only cluster-scoped resources will match this rule.
        Namespace API objects are cluster-scoped.
        "Namespaced" means that only namespaced resources will match this rule.
        "*" means that there are no scope restrictions.
        Subresources match the scope of their parent resource.
        Default is "*".

        :default: .

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules#scope
        '''
        result = self._values.get("scope")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''namespaceSelector decides whether to run the admission control policy on an object based on whether the namespace for that object matches the selector.

        If the
        object itself is a namespace, the matching is performed on
        object.metadata.labels. If the object is another cluster scoped resource,
        it never skips the policy.

        For example, to run the webhook on any objects whose namespace is not
        associated with "runlevel" of "0" or "1";  you will set the selector as
        follows:
        "namespaceSelector": {
        "matchExpressions": [
        {
        "key": "runlevel",
        "operator": "NotIn",
        "values": [
        "0",
        "1"
        ]
        }
        ]
        }

        If instead you want to only run the policy on any objects whose
        namespace is associated with the "environment" of "prod" or "staging";
        you will set the selector as follows:
        "namespaceSelector": {
        "matchExpressions": [
        {
        "key": "environment",
        "operator": "In",
        "values": [
        "prod",
        "staging"
        ]
        }
        ]
        }

        See
        https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/
        for more examples of label selectors.

        Default to the empty LabelSelector, which matches everything.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :default: the empty LabelSelector, which matches everything.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4de1b8bf159b4f723b509da2494087d041dbad69bd3f11e66a14f847706b6469)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__49fab98bb985035f525a572c11a7f37d4837cb69f38fae6acd98af6e1903029c)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''objectSelector decides whether to run the validation based on if the object has matching labels.

        objectSelector is evaluated against both
        the oldObject and newObject that would be sent to the cel validation, and
        is considered to match if either object matches the selector. A null
        object (oldObject in the case of create, or newObject in the case of
        delete) or an object that cannot have labels (like a
        DeploymentRollback or a PodProxyOptions object) is not considered to
        match.
        Use the object selector only if the webhook is opt-in, because end
        users may skip the admission webhook by setting the labels.
        Default to the empty LabelSelector, which matches everything.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :default: the empty LabelSelector, which matches everything.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e0b75534cf8ebf920427d28409e2aa446886a56b35c8ae8a59cac9c9b348566a)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3154b038bbd3f45dfd266888a9f4da6a2fff18a0f0c3203821512f704381b807)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules",
    jsii_struct_bases=[],
    name_mapping={
        "api_groups": "apiGroups",
        "api_versions": "apiVersions",
        "operations": "operations",
        "resource_names": "resourceNames",
        "resources": "resources",
        "scope": "scope",
    },
)
class ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules:
    def __init__(
        self,
        *,
        api_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        api_versions: typing.Optional[typing.Sequence[builtins.str]] = None,
        operations: typing.Optional[typing.Sequence[builtins.str]] = None,
        resource_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        scope: typing.Optional[builtins.str] = None,
    ) -> None:
        '''NamedRuleWithOperations is a tuple of Operations and Resources with ResourceNames.

        :param api_groups: apiGroups is the API groups the resources belong to. '*' is all groups. If '*' is present, the length of the slice must be one. Required.
        :param api_versions: apiVersions is the API versions the resources belong to. '*' is all versions. If '*' is present, the length of the slice must be one. Required.
        :param operations: operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added. If '*' is present, the length of the slice must be one. Required.
        :param resource_names: resourceNames is an optional white list of names that the rule applies to. An empty set means that everything is allowed.
        :param resources: resources is a list of resources this rule applies to. For example: 'pods' means pods. 'pods/log' means the log subresource of pods. '*' means all resources, but not subresources. 'pods/*' means all subresources of pods. '*/scale' means all scale subresources. '*/*' means all resources and their subresources. If wildcard is present, the validation rule will ensure resources do not overlap with each other. Depending on the enclosing object, subresources might not be allowed. Required.
        :param scope: scope specifies the scope of this rule. Valid values are "Cluster", "Namespaced", and "*" "Cluster" means that only cluster-scoped resources will match this rule. Namespace API objects are cluster-scoped. "Namespaced" means that only namespaced resources will match this rule. "*" means that there are no scope restrictions. Subresources match the scope of their parent resource. Default is "*". Default: .

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5f851159dd669ec91bf0cf0c657b8a35a33a7d317a25c9e759335e7c1ed70ef3)
            check_type(argname="argument api_groups", value=api_groups, expected_type=type_hints["api_groups"])
            check_type(argname="argument api_versions", value=api_versions, expected_type=type_hints["api_versions"])
            check_type(argname="argument operations", value=operations, expected_type=type_hints["operations"])
            check_type(argname="argument resource_names", value=resource_names, expected_type=type_hints["resource_names"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_groups is not None:
            self._values["api_groups"] = api_groups
        if api_versions is not None:
            self._values["api_versions"] = api_versions
        if operations is not None:
            self._values["operations"] = operations
        if resource_names is not None:
            self._values["resource_names"] = resource_names
        if resources is not None:
            self._values["resources"] = resources
        if scope is not None:
            self._values["scope"] = scope

    @builtins.property
    def api_groups(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiGroups is the API groups the resources belong to.

        '*' is all groups.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules#apiGroups
        '''
        result = self._values.get("api_groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def api_versions(self) -> typing.Optional[typing.List[builtins.str]]:
        '''apiVersions is the API versions the resources belong to.

        '*' is all versions.
        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules#apiVersions
        '''
        result = self._values.get("api_versions")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def operations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added.

        If '*' is present, the length of the slice must be one.
        Required.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules#operations
        '''
        result = self._values.get("operations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resource_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resourceNames is an optional white list of names that the rule applies to.

        An empty set means that everything is allowed.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules#resourceNames
        '''
        result = self._values.get("resource_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''resources is a list of resources this rule applies to.

        For example:
        'pods' means pods.
        'pods/log' means the log subresource of pods.
        '*' means all resources, but not subresources.
        'pods/*' means all subresources of pods.
        '*/scale' means all scale subresources.
        '*/*' means all resources and their subresources.

        If wildcard is present, the validation rule will ensure resources do not
        overlap with each other.

        Depending on the enclosing object, subresources might not be allowed.
        Required.

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def scope(self) -> typing.Optional[builtins.str]:
        '''scope specifies the scope of this rule.

        Valid values are "Cluster", "Namespaced", and "*"
        "Cluster" means that only cluster-scoped resources will match this rule.
        Namespace API objects are cluster-scoped.
        "Namespaced" means that only namespaced resources will match this rule.
        "*" means that there are no scope restrictions.
        Subresources match the scope of their parent resource.
        Default is "*".

        :default: .

        :schema: ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules#scope
        '''
        result = self._values.get("scope")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="iokyvernopolicies.ValidatingPolicyV1Beta1SpecValidationActions")
class ValidatingPolicyV1Beta1SpecValidationActions(enum.Enum):
    '''ValidationAction specifies a policy enforcement action.

    :schema: ValidatingPolicyV1Beta1SpecValidationActions
    '''

    DENY = "DENY"
    '''Deny.'''
    AUDIT = "AUDIT"
    '''Audit.'''
    WARN = "WARN"
    '''Warn.'''


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Beta1SpecValidations",
    jsii_struct_bases=[],
    name_mapping={
        "expression": "expression",
        "message": "message",
        "message_expression": "messageExpression",
        "reason": "reason",
    },
)
class ValidatingPolicyV1Beta1SpecValidations:
    def __init__(
        self,
        *,
        expression: builtins.str,
        message: typing.Optional[builtins.str] = None,
        message_expression: typing.Optional[builtins.str] = None,
        reason: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Validation specifies the CEL expression which is used to apply the validation.

        :param expression: expression represents the expression which will be evaluated by CEL. ref: https://github.com/google/cel-spec CEL expressions have access to the contents of the API request/response, organized into CEL variables as well as some other useful variables: - 'object' - The object from the incoming request. The value is null for DELETE requests. - 'oldObject' - The existing object. The value is null for CREATE requests. - 'request' - Attributes of the API request(`ref </pkg/apis/admission/types.go#AdmissionRequest>`_). - 'params' - Parameter resource referred to by the policy binding being evaluated. Only populated if the policy has a ParamKind. - 'namespaceObject' - The namespace object that the incoming object belongs to. The value is null for cluster-scoped resources. - 'variables' - Map of composited variables, from its name to its lazily evaluated value. For example, a variable named 'foo' can be accessed as 'variables.foo'. - 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request. See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz - 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the request resource. The ``apiVersion``, ``kind``, ``metadata.name`` and ``metadata.generateName`` are always accessible from the root of the object. No other metadata properties are accessible. Only property names of the form ``[a-zA-Z_.-/][a-zA-Z0-9_.-/]*`` are accessible. Accessible property names are escaped according to the following rules when accessed in the expression: - '__' escapes to '**underscores**' - '.' escapes to '**dot**' - '-' escapes to '**dash**' - '/' escapes to '**slash**' - Property names that exactly match a CEL RESERVED keyword escape to '**{keyword}**'. The keywords are: "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop", "package", "namespace", "return". Examples: - Expression accessing a property named "namespace": {"Expression": "object.**namespace** > 0"} - Expression accessing a property named "x-prop": {"Expression": "object.x__dash__prop > 0"} - Expression accessing a property named "redact__d": {"Expression": "object.redact__underscores__d > 0"} Equality on arrays with list type of 'set' or 'map' ignores element order, i.e. [1, 2] == [2, 1]. Concatenation on arrays with x-kubernetes-list-type use the semantics of the list type: - 'set': ``X + Y`` performs a union where the array positions of all elements in ``X`` are preserved and non-intersecting elements in ``Y`` are appended, retaining their partial order. - 'map': ``X + Y`` performs a merge where the array positions of all keys in ``X`` are preserved but the values are overwritten by values in ``Y`` when the key sets of ``X`` and ``Y`` intersect. Elements in ``Y`` with non-intersecting keys are appended, retaining their partial order. Required.
        :param message: message represents the message displayed when validation fails. The message is required if the Expression contains line breaks. The message must not contain line breaks. If unset, the message is "failed rule: {Rule}". e.g. "must be a URL with the host matching spec.host" If the Expression contains line breaks. Message is required. The message must not contain line breaks. If unset, the message is "failed Expression: {Expression}".
        :param message_expression: messageExpression declares a CEL expression that evaluates to the validation failure message that is returned when this rule fails. Since messageExpression is used as a failure message, it must evaluate to a string. If both message and messageExpression are present on a validation, then messageExpression will be used if validation fails. If messageExpression results in a runtime error, the runtime error is logged, and the validation failure message is produced as if the messageExpression field were unset. If messageExpression evaluates to an empty string, a string with only spaces, or a string that contains line breaks, then the validation failure message will also be produced as if the messageExpression field were unset, and the fact that messageExpression produced an empty string/string with only spaces/string with line breaks will be logged. messageExpression has access to all the same variables as the ``expression`` except for 'authorizer' and 'authorizer.requestResource'. Example: "object.x must be less than max ("+string(params.max)+")"
        :param reason: reason represents a machine-readable description of why this validation failed. If this is the first validation in the list to fail, this reason, as well as the corresponding HTTP response code, are used in the HTTP response to the client. The currently supported reasons are: "Unauthorized", "Forbidden", "Invalid", "RequestEntityTooLarge". If not set, StatusReasonInvalid is used in the response to the client.

        :schema: ValidatingPolicyV1Beta1SpecValidations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__75cedd3b6478fbed4a273f358b0d7b60064d9a0ad066d1d128b6e54e0cb5164f)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument message", value=message, expected_type=type_hints["message"])
            check_type(argname="argument message_expression", value=message_expression, expected_type=type_hints["message_expression"])
            check_type(argname="argument reason", value=reason, expected_type=type_hints["reason"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
        }
        if message is not None:
            self._values["message"] = message
        if message_expression is not None:
            self._values["message_expression"] = message_expression
        if reason is not None:
            self._values["reason"] = reason

    @builtins.property
    def expression(self) -> builtins.str:
        '''expression represents the expression which will be evaluated by CEL.

        ref: https://github.com/google/cel-spec
        CEL expressions have access to the contents of the API request/response, organized into CEL variables as well as some other useful variables:

        - 'object' - The object from the incoming request. The value is null for DELETE requests.
        - 'oldObject' - The existing object. The value is null for CREATE requests.
        - 'request' - Attributes of the API request(`ref </pkg/apis/admission/types.go#AdmissionRequest>`_).
        - 'params' - Parameter resource referred to by the policy binding being evaluated. Only populated if the policy has a ParamKind.
        - 'namespaceObject' - The namespace object that the incoming object belongs to. The value is null for cluster-scoped resources.
        - 'variables' - Map of composited variables, from its name to its lazily evaluated value.
          For example, a variable named 'foo' can be accessed as 'variables.foo'.
        - 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request.
          See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz
        - 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the
          request resource.

        The ``apiVersion``, ``kind``, ``metadata.name`` and ``metadata.generateName`` are always accessible from the root of the
        object. No other metadata properties are accessible.

        Only property names of the form ``[a-zA-Z_.-/][a-zA-Z0-9_.-/]*`` are accessible.
        Accessible property names are escaped according to the following rules when accessed in the expression:

        - '__' escapes to '**underscores**'
        - '.' escapes to '**dot**'
        - '-' escapes to '**dash**'
        - '/' escapes to '**slash**'
        - Property names that exactly match a CEL RESERVED keyword escape to '**{keyword}**'. The keywords are:
          "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if",
          "import", "let", "loop", "package", "namespace", "return".
          Examples:
        - Expression accessing a property named "namespace": {"Expression": "object.**namespace** > 0"}
        - Expression accessing a property named "x-prop": {"Expression": "object.x__dash__prop > 0"}
        - Expression accessing a property named "redact__d": {"Expression": "object.redact__underscores__d > 0"}

        Equality on arrays with list type of 'set' or 'map' ignores element order, i.e. [1, 2] == [2, 1].
        Concatenation on arrays with x-kubernetes-list-type use the semantics of the list type:

        - 'set': ``X + Y`` performs a union where the array positions of all elements in ``X`` are preserved and
          non-intersecting elements in ``Y`` are appended, retaining their partial order.
        - 'map': ``X + Y`` performs a merge where the array positions of all keys in ``X`` are preserved but the values
          are overwritten by values in ``Y`` when the key sets of ``X`` and ``Y`` intersect. Elements in ``Y`` with
          non-intersecting keys are appended, retaining their partial order.
          Required.

        :schema: ValidatingPolicyV1Beta1SpecValidations#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def message(self) -> typing.Optional[builtins.str]:
        '''message represents the message displayed when validation fails.

        The message is required if the Expression contains
        line breaks. The message must not contain line breaks.
        If unset, the message is "failed rule: {Rule}".
        e.g. "must be a URL with the host matching spec.host"
        If the Expression contains line breaks. Message is required.
        The message must not contain line breaks.
        If unset, the message is "failed Expression: {Expression}".

        :schema: ValidatingPolicyV1Beta1SpecValidations#message
        '''
        result = self._values.get("message")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def message_expression(self) -> typing.Optional[builtins.str]:
        '''messageExpression declares a CEL expression that evaluates to the validation failure message that is returned when this rule fails.

        Since messageExpression is used as a failure message, it must evaluate to a string.
        If both message and messageExpression are present on a validation, then messageExpression will be used if validation fails.
        If messageExpression results in a runtime error, the runtime error is logged, and the validation failure message is produced
        as if the messageExpression field were unset. If messageExpression evaluates to an empty string, a string with only spaces, or a string
        that contains line breaks, then the validation failure message will also be produced as if the messageExpression field were unset, and
        the fact that messageExpression produced an empty string/string with only spaces/string with line breaks will be logged.
        messageExpression has access to all the same variables as the ``expression`` except for 'authorizer' and 'authorizer.requestResource'.
        Example:
        "object.x must be less than max ("+string(params.max)+")"

        :schema: ValidatingPolicyV1Beta1SpecValidations#messageExpression
        '''
        result = self._values.get("message_expression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def reason(self) -> typing.Optional[builtins.str]:
        '''reason represents a machine-readable description of why this validation failed.

        If this is the first validation in the list to fail, this reason, as well as the
        corresponding HTTP response code, are used in the
        HTTP response to the client.
        The currently supported reasons are: "Unauthorized", "Forbidden", "Invalid", "RequestEntityTooLarge".
        If not set, StatusReasonInvalid is used in the response to the client.

        :schema: ValidatingPolicyV1Beta1SpecValidations#reason
        '''
        result = self._values.get("reason")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecValidations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Beta1SpecVariables",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression", "name": "name"},
)
class ValidatingPolicyV1Beta1SpecVariables:
    def __init__(self, *, expression: builtins.str, name: builtins.str) -> None:
        '''Variable is the definition of a variable that is used for composition.

        A variable is defined as a named expression.

        :param expression: expression is the expression that will be evaluated as the value of the variable. The CEL expression has access to the same identifiers as the CEL expressions in Validation.
        :param name: name is the name of the variable. The name must be a valid CEL identifier and unique among all variables. The variable can be accessed in other expressions through ``variables`` For example, if name is "foo", the variable will be available as ``variables.foo``

        :schema: ValidatingPolicyV1Beta1SpecVariables
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7588c9d2dc03b090e20820568925be4d0131fce52db44047eaa13bce0b1e1175)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "expression": expression,
            "name": name,
        }

    @builtins.property
    def expression(self) -> builtins.str:
        '''expression is the expression that will be evaluated as the value of the variable.

        The CEL expression has access to the same identifiers as the CEL expressions in Validation.

        :schema: ValidatingPolicyV1Beta1SpecVariables#expression
        '''
        result = self._values.get("expression")
        assert result is not None, "Required property 'expression' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the name of the variable.

        The name must be a valid CEL identifier and unique among all variables.
        The variable can be accessed in other expressions through ``variables``
        For example, if name is "foo", the variable will be available as ``variables.foo``

        :schema: ValidatingPolicyV1Beta1SpecVariables#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecVariables(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iokyvernopolicies.ValidatingPolicyV1Beta1SpecWebhookConfiguration",
    jsii_struct_bases=[],
    name_mapping={"timeout_seconds": "timeoutSeconds"},
)
class ValidatingPolicyV1Beta1SpecWebhookConfiguration:
    def __init__(self, *, timeout_seconds: typing.Optional[jsii.Number] = None) -> None:
        '''WebhookConfiguration defines the configuration for the webhook.

        :param timeout_seconds: TimeoutSeconds specifies the maximum time in seconds allowed to apply this policy. After the configured time expires, the admission request may fail, or may simply ignore the policy results, based on the failure policy. The default timeout is 10s, the value must be between 1 and 30 seconds.

        :schema: ValidatingPolicyV1Beta1SpecWebhookConfiguration
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1c38b13efabae36f089216255b055952e91563e5528d4f8b07c832efd2bd2304)
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''TimeoutSeconds specifies the maximum time in seconds allowed to apply this policy.

        After the configured time expires, the admission request may fail, or may simply ignore the policy results,
        based on the failure policy. The default timeout is 10s, the value must be between 1 and 30 seconds.

        :schema: ValidatingPolicyV1Beta1SpecWebhookConfiguration#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ValidatingPolicyV1Beta1SpecWebhookConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "PolicyException",
    "PolicyExceptionProps",
    "PolicyExceptionSpec",
    "PolicyExceptionSpecMatchConditions",
    "PolicyExceptionSpecPolicyRefs",
    "PolicyExceptionSpecReportResult",
    "PolicyExceptionV1Alpha1",
    "PolicyExceptionV1Alpha1Props",
    "PolicyExceptionV1Alpha1Spec",
    "PolicyExceptionV1Alpha1SpecMatchConditions",
    "PolicyExceptionV1Alpha1SpecPolicyRefs",
    "PolicyExceptionV1Alpha1SpecReportResult",
    "PolicyExceptionV1Beta1",
    "PolicyExceptionV1Beta1Props",
    "PolicyExceptionV1Beta1Spec",
    "PolicyExceptionV1Beta1SpecMatchConditions",
    "PolicyExceptionV1Beta1SpecPolicyRefs",
    "PolicyExceptionV1Beta1SpecReportResult",
    "ValidatingPolicy",
    "ValidatingPolicyProps",
    "ValidatingPolicySpec",
    "ValidatingPolicySpecAuditAnnotations",
    "ValidatingPolicySpecAutogen",
    "ValidatingPolicySpecAutogenPodControllers",
    "ValidatingPolicySpecAutogenValidatingAdmissionPolicy",
    "ValidatingPolicySpecEvaluation",
    "ValidatingPolicySpecEvaluationAdmission",
    "ValidatingPolicySpecEvaluationBackground",
    "ValidatingPolicySpecFailurePolicy",
    "ValidatingPolicySpecMatchConditions",
    "ValidatingPolicySpecMatchConstraints",
    "ValidatingPolicySpecMatchConstraintsExcludeResourceRules",
    "ValidatingPolicySpecMatchConstraintsNamespaceSelector",
    "ValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions",
    "ValidatingPolicySpecMatchConstraintsObjectSelector",
    "ValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions",
    "ValidatingPolicySpecMatchConstraintsResourceRules",
    "ValidatingPolicySpecValidationActions",
    "ValidatingPolicySpecValidations",
    "ValidatingPolicySpecVariables",
    "ValidatingPolicySpecWebhookConfiguration",
    "ValidatingPolicyV1Alpha1",
    "ValidatingPolicyV1Alpha1Props",
    "ValidatingPolicyV1Alpha1Spec",
    "ValidatingPolicyV1Alpha1SpecAuditAnnotations",
    "ValidatingPolicyV1Alpha1SpecAutogen",
    "ValidatingPolicyV1Alpha1SpecAutogenPodControllers",
    "ValidatingPolicyV1Alpha1SpecAutogenValidatingAdmissionPolicy",
    "ValidatingPolicyV1Alpha1SpecEvaluation",
    "ValidatingPolicyV1Alpha1SpecEvaluationAdmission",
    "ValidatingPolicyV1Alpha1SpecEvaluationBackground",
    "ValidatingPolicyV1Alpha1SpecFailurePolicy",
    "ValidatingPolicyV1Alpha1SpecMatchConditions",
    "ValidatingPolicyV1Alpha1SpecMatchConstraints",
    "ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules",
    "ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector",
    "ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions",
    "ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector",
    "ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions",
    "ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules",
    "ValidatingPolicyV1Alpha1SpecValidationActions",
    "ValidatingPolicyV1Alpha1SpecValidations",
    "ValidatingPolicyV1Alpha1SpecVariables",
    "ValidatingPolicyV1Alpha1SpecWebhookConfiguration",
    "ValidatingPolicyV1Beta1",
    "ValidatingPolicyV1Beta1Props",
    "ValidatingPolicyV1Beta1Spec",
    "ValidatingPolicyV1Beta1SpecAuditAnnotations",
    "ValidatingPolicyV1Beta1SpecAutogen",
    "ValidatingPolicyV1Beta1SpecAutogenPodControllers",
    "ValidatingPolicyV1Beta1SpecAutogenValidatingAdmissionPolicy",
    "ValidatingPolicyV1Beta1SpecEvaluation",
    "ValidatingPolicyV1Beta1SpecEvaluationAdmission",
    "ValidatingPolicyV1Beta1SpecEvaluationBackground",
    "ValidatingPolicyV1Beta1SpecFailurePolicy",
    "ValidatingPolicyV1Beta1SpecMatchConditions",
    "ValidatingPolicyV1Beta1SpecMatchConstraints",
    "ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules",
    "ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector",
    "ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions",
    "ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector",
    "ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions",
    "ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules",
    "ValidatingPolicyV1Beta1SpecValidationActions",
    "ValidatingPolicyV1Beta1SpecValidations",
    "ValidatingPolicyV1Beta1SpecVariables",
    "ValidatingPolicyV1Beta1SpecWebhookConfiguration",
]

publication.publish()

def _typecheckingstub__43b7339a4e433f312ff6ca16a7d07425e8b0dff02ea30bcdb190d4369a5729aa(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[PolicyExceptionSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c2beff9ec38de397da69c0416868855bc66371d6943b25a676b1d84874db89af(
    *,
    spec: typing.Union[PolicyExceptionSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba14d20a7339ee6f394e626f72672ed895fbb374de81974dd54108c1e694cec9(
    *,
    policy_refs: typing.Sequence[typing.Union[PolicyExceptionSpecPolicyRefs, typing.Dict[builtins.str, typing.Any]]],
    allowed_values: typing.Optional[typing.Sequence[builtins.str]] = None,
    evaluation_mode: typing.Optional[builtins.str] = None,
    expires_at: typing.Optional[datetime.datetime] = None,
    images: typing.Optional[typing.Sequence[builtins.str]] = None,
    match_conditions: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionSpecMatchConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
    properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    report_result: typing.Optional[PolicyExceptionSpecReportResult] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a92a6584f311a9f728c506a9f57528ac289aa7740198d631aba6508278920dc(
    *,
    expression: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ffb7a65011ea85a164f6697a5044d27ac4c37c2f38e92698d090b0031344a2b4(
    *,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f80e962e02b45bc9dcd28fc1125ffb4831033b93f31e64f0c690c4818579d59f(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[PolicyExceptionV1Alpha1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__afec064281848dcf6eace0d40e63fb5a13bbfb5087a30e3b9cbc9b2b051a1fef(
    *,
    spec: typing.Union[PolicyExceptionV1Alpha1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__21c7adeecb25f7de376297708de5255cd187f2e5d19ed94dded77bf40a9c1fff(
    *,
    policy_refs: typing.Sequence[typing.Union[PolicyExceptionV1Alpha1SpecPolicyRefs, typing.Dict[builtins.str, typing.Any]]],
    allowed_values: typing.Optional[typing.Sequence[builtins.str]] = None,
    evaluation_mode: typing.Optional[builtins.str] = None,
    expires_at: typing.Optional[datetime.datetime] = None,
    images: typing.Optional[typing.Sequence[builtins.str]] = None,
    match_conditions: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionV1Alpha1SpecMatchConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
    properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    report_result: typing.Optional[PolicyExceptionV1Alpha1SpecReportResult] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1bc65ced2ee48c0c44b6e26d0c063c1a3a14db275ab2e7716311a32d0cefbffd(
    *,
    expression: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1e2fd074a6a7add3f196330a08f8d71a703582713601c677be289435783459f1(
    *,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e8dbaafe3da3bda83c310fb18d138e4e1fd022fc09d4a0b57f9a1e853f77811(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[PolicyExceptionV1Beta1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1c7eddcc33fbf08442dd723d4b4cce29e7f989d31a0305e7eeaa1f3020b6b878(
    *,
    spec: typing.Union[PolicyExceptionV1Beta1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f6e0613759711d5f0bd21bbaae491a01330bd98a6efe40bd6e13442e416431d8(
    *,
    policy_refs: typing.Sequence[typing.Union[PolicyExceptionV1Beta1SpecPolicyRefs, typing.Dict[builtins.str, typing.Any]]],
    allowed_values: typing.Optional[typing.Sequence[builtins.str]] = None,
    evaluation_mode: typing.Optional[builtins.str] = None,
    expires_at: typing.Optional[datetime.datetime] = None,
    images: typing.Optional[typing.Sequence[builtins.str]] = None,
    match_conditions: typing.Optional[typing.Sequence[typing.Union[PolicyExceptionV1Beta1SpecMatchConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
    properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    report_result: typing.Optional[PolicyExceptionV1Beta1SpecReportResult] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9fe6a1b5f0cbbe748b4ccdabe0a8b1fcaa704800b0e538f173b21308dfbda752(
    *,
    expression: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb5c150b2130c4581ebe8c91f21487e814dcb9b9e6df0aa9416c96edda931fcf(
    *,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de4658a6fef47fbfc68b03ed595b6b42216454f533860c7be0720c398fa1a4dd(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ValidatingPolicySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__893bdf8ef32f6c1e4adc482197f1f257242cd1e59eaff92aa7101ca43af00db9(
    *,
    spec: typing.Union[ValidatingPolicySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f6aa91efa743e135b982accba49c46e2161024c362faff7a70de6cfb69821fd6(
    *,
    audit_annotations: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicySpecAuditAnnotations, typing.Dict[builtins.str, typing.Any]]]] = None,
    autogen: typing.Optional[typing.Union[ValidatingPolicySpecAutogen, typing.Dict[builtins.str, typing.Any]]] = None,
    evaluation: typing.Optional[typing.Union[ValidatingPolicySpecEvaluation, typing.Dict[builtins.str, typing.Any]]] = None,
    failure_policy: typing.Optional[ValidatingPolicySpecFailurePolicy] = None,
    match_conditions: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicySpecMatchConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_constraints: typing.Optional[typing.Union[ValidatingPolicySpecMatchConstraints, typing.Dict[builtins.str, typing.Any]]] = None,
    validation_actions: typing.Optional[typing.Sequence[ValidatingPolicySpecValidationActions]] = None,
    validations: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicySpecValidations, typing.Dict[builtins.str, typing.Any]]]] = None,
    variables: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicySpecVariables, typing.Dict[builtins.str, typing.Any]]]] = None,
    webhook_configuration: typing.Optional[typing.Union[ValidatingPolicySpecWebhookConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__19f15ec5381630b06b35f6fb12cdc26a0b2c06cb978f1fed42fec194e986e98c(
    *,
    key: builtins.str,
    value_expression: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4dd8a634e10f61262061b068839043e3f8329047c29601aee36331dd320074d0(
    *,
    pod_controllers: typing.Optional[typing.Union[ValidatingPolicySpecAutogenPodControllers, typing.Dict[builtins.str, typing.Any]]] = None,
    validating_admission_policy: typing.Optional[typing.Union[ValidatingPolicySpecAutogenValidatingAdmissionPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__15274140af8fd5564ccc6ea92374d7a08cfde112d8dd28e9f71c79124725e71a(
    *,
    controllers: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e91771c7aacc5bdd980820cdd89ddb553000db5b3e3d548530792a7dacdd44ee(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__735d916449f107ea7eb8ce2192925620d03ca6ea542cbf94bc1e5c7d075aed36(
    *,
    admission: typing.Optional[typing.Union[ValidatingPolicySpecEvaluationAdmission, typing.Dict[builtins.str, typing.Any]]] = None,
    background: typing.Optional[typing.Union[ValidatingPolicySpecEvaluationBackground, typing.Dict[builtins.str, typing.Any]]] = None,
    mode: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b6d054c0df5cb67253f317bf9ad50bae4fe4cb7e6381664e3387f918e585a954(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7771c57d81ae63cbe85a4d282395d8bdd1d0666770846ae93b9cbb9021ca8189(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__02576d9a53740e0863c63527bae3139968c17d2f414b2c52c4d1fea3723b0ba7(
    *,
    expression: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2c1f635a023cc492722eb5d90c99ab2bb878949fd9948a9a16fbf74ad73dca6c(
    *,
    exclude_resource_rules: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicySpecMatchConstraintsExcludeResourceRules, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_policy: typing.Optional[builtins.str] = None,
    namespace_selector: typing.Optional[typing.Union[ValidatingPolicySpecMatchConstraintsNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    object_selector: typing.Optional[typing.Union[ValidatingPolicySpecMatchConstraintsObjectSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_rules: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicySpecMatchConstraintsResourceRules, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bbd400398cceb1623434f633871a14c7446ab6661c8f23ac18232c687ea1fc61(
    *,
    api_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
    api_versions: typing.Optional[typing.Sequence[builtins.str]] = None,
    operations: typing.Optional[typing.Sequence[builtins.str]] = None,
    resource_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    scope: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__514ccbae94d89e09f69273147f9174ee28017c94b25c7d20fc91fa7cf35a70d1(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicySpecMatchConstraintsNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fadba7c8b684f695e786b25d1e086e06113a01b78e601da6fdee16fdf638a40a(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d2dda37c3c1fa8433ded58501926cade858918017d6d943d56314b69688c348(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicySpecMatchConstraintsObjectSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8f84db7498a51659e309466c1264421a788aa91cd3c195c3effa04817f0b8868(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e3f5ea2d564da44b4799803b16fe4817996b66234cd75a4c9133267894114d7(
    *,
    api_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
    api_versions: typing.Optional[typing.Sequence[builtins.str]] = None,
    operations: typing.Optional[typing.Sequence[builtins.str]] = None,
    resource_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    scope: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba53174a16c97e690f8d37d6720f5ac6ed1d5aa75728daa72178513c16952386(
    *,
    expression: builtins.str,
    message: typing.Optional[builtins.str] = None,
    message_expression: typing.Optional[builtins.str] = None,
    reason: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__893449e987dd9e8f488083400fed527c09cdfbf2ab87b517a62e77ac451d0287(
    *,
    expression: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd4e8f6c754ea194109942eb21b6fa59f5f41ceaf6939d81e2e6e3996e64ffc5(
    *,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__987f75e26e2c232b173c5934e3b5ee731e5dc3d078f3b939d49267d5ebc1ef76(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ValidatingPolicyV1Alpha1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6d14653e7cfd5242d27df973b35c5d583f6963090edca97528278bc01dc52e5c(
    *,
    spec: typing.Union[ValidatingPolicyV1Alpha1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__36d299641e5d022fd211f3d44c34bedeafd5b2d73833781c6732cb6382667202(
    *,
    audit_annotations: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Alpha1SpecAuditAnnotations, typing.Dict[builtins.str, typing.Any]]]] = None,
    autogen: typing.Optional[typing.Union[ValidatingPolicyV1Alpha1SpecAutogen, typing.Dict[builtins.str, typing.Any]]] = None,
    evaluation: typing.Optional[typing.Union[ValidatingPolicyV1Alpha1SpecEvaluation, typing.Dict[builtins.str, typing.Any]]] = None,
    failure_policy: typing.Optional[ValidatingPolicyV1Alpha1SpecFailurePolicy] = None,
    match_conditions: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Alpha1SpecMatchConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_constraints: typing.Optional[typing.Union[ValidatingPolicyV1Alpha1SpecMatchConstraints, typing.Dict[builtins.str, typing.Any]]] = None,
    validation_actions: typing.Optional[typing.Sequence[ValidatingPolicyV1Alpha1SpecValidationActions]] = None,
    validations: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Alpha1SpecValidations, typing.Dict[builtins.str, typing.Any]]]] = None,
    variables: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Alpha1SpecVariables, typing.Dict[builtins.str, typing.Any]]]] = None,
    webhook_configuration: typing.Optional[typing.Union[ValidatingPolicyV1Alpha1SpecWebhookConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__797cd89efa605184ad1fd9da4e88a8e14c8ba2336cbad1686bc2e67377675012(
    *,
    key: builtins.str,
    value_expression: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a49a56eaf3b8e7616064893626b3cb62400bed50bbcd4234f69826aa6d43129d(
    *,
    pod_controllers: typing.Optional[typing.Union[ValidatingPolicyV1Alpha1SpecAutogenPodControllers, typing.Dict[builtins.str, typing.Any]]] = None,
    validating_admission_policy: typing.Optional[typing.Union[ValidatingPolicyV1Alpha1SpecAutogenValidatingAdmissionPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fda24df0eded18bce1e4d13fb4a9b4642e1eed37734c72cb8c6b410a4972afc1(
    *,
    controllers: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6548872bb4355a7cbf2f589bb6a38adc6013662629a929d4060aea331224a337(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__57cd9fb934c00c1197afe2014b06b881fe3aa6017a62aa8af4b9da0fea3fbc18(
    *,
    admission: typing.Optional[typing.Union[ValidatingPolicyV1Alpha1SpecEvaluationAdmission, typing.Dict[builtins.str, typing.Any]]] = None,
    background: typing.Optional[typing.Union[ValidatingPolicyV1Alpha1SpecEvaluationBackground, typing.Dict[builtins.str, typing.Any]]] = None,
    mode: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__02a901a85dc14485646f5702f60c19b89c8d2291a977cf97843329cb5ba39a08(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__61215034b6e46bfdede997a572d6de747aaa87c08c905a2926cb640d5e9debd6(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a8bdd9685d38c2bcfa97b40d363a5c9a42060fcb10f075afe216321d6bce3f11(
    *,
    expression: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a5cf2cd49bbf3fc4b88c06980bf5ff5bcdf17340364b915ee1c53559733fd879(
    *,
    exclude_resource_rules: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Alpha1SpecMatchConstraintsExcludeResourceRules, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_policy: typing.Optional[builtins.str] = None,
    namespace_selector: typing.Optional[typing.Union[ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    object_selector: typing.Optional[typing.Union[ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_rules: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Alpha1SpecMatchConstraintsResourceRules, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5aa1c06539be3566789e0cc14033cc9b0647bad5a4bfe4873f260018d5f557f3(
    *,
    api_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
    api_versions: typing.Optional[typing.Sequence[builtins.str]] = None,
    operations: typing.Optional[typing.Sequence[builtins.str]] = None,
    resource_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    scope: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de7e1cd1d1d9e4af7e1361360ff6f304b98dc439f49b02c006caf7ac53307b50(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Alpha1SpecMatchConstraintsNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__72691e1b921261652a5a770070d1b25104bec9b6e5921968e97651eccff7b7b4(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb756e721a4d3c2dcd2e99491fdd0d79ce80e94bcaf4ce3eb394927e83f3bfb1(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Alpha1SpecMatchConstraintsObjectSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__136000524401e9cdc91f81fd5330af8b062da8d9777ee6175860e22253d689d4(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ddb7d6dd46c0e89be45334112ea7cd922d8d68c5942bf7f9da10f78fdebb6c5(
    *,
    api_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
    api_versions: typing.Optional[typing.Sequence[builtins.str]] = None,
    operations: typing.Optional[typing.Sequence[builtins.str]] = None,
    resource_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    scope: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f05115927cc7096ef955fbe5f6a36da105ff4cc7a418718504fbf531d787d460(
    *,
    expression: builtins.str,
    message: typing.Optional[builtins.str] = None,
    message_expression: typing.Optional[builtins.str] = None,
    reason: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9abd64a16c97488ef2ed76c2f93621896c6a99bdbdfd7439f59a05ebf59fa449(
    *,
    expression: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0421122ac31747a9a5abc64761a0fb8ce0c73597ec2942d0c555630c742a0a6b(
    *,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__82739820f81da6963612b85e3e4475ddef42ed271ee3f386cf9e3669526e16a6(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ValidatingPolicyV1Beta1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__54818ac43d42a4b59a627e0b782a169ce75095e72bd11b26cf73d5f9835b1e8d(
    *,
    spec: typing.Union[ValidatingPolicyV1Beta1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__626f5585f96600308e8c420109563e322a256c0801733f49673e8ef8acaacb0c(
    *,
    audit_annotations: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Beta1SpecAuditAnnotations, typing.Dict[builtins.str, typing.Any]]]] = None,
    autogen: typing.Optional[typing.Union[ValidatingPolicyV1Beta1SpecAutogen, typing.Dict[builtins.str, typing.Any]]] = None,
    evaluation: typing.Optional[typing.Union[ValidatingPolicyV1Beta1SpecEvaluation, typing.Dict[builtins.str, typing.Any]]] = None,
    failure_policy: typing.Optional[ValidatingPolicyV1Beta1SpecFailurePolicy] = None,
    match_conditions: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Beta1SpecMatchConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_constraints: typing.Optional[typing.Union[ValidatingPolicyV1Beta1SpecMatchConstraints, typing.Dict[builtins.str, typing.Any]]] = None,
    validation_actions: typing.Optional[typing.Sequence[ValidatingPolicyV1Beta1SpecValidationActions]] = None,
    validations: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Beta1SpecValidations, typing.Dict[builtins.str, typing.Any]]]] = None,
    variables: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Beta1SpecVariables, typing.Dict[builtins.str, typing.Any]]]] = None,
    webhook_configuration: typing.Optional[typing.Union[ValidatingPolicyV1Beta1SpecWebhookConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed408edf0368636c2e2642a9b0667c3e77101afa225760ec482629b4ad845dd0(
    *,
    key: builtins.str,
    value_expression: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8f0a219dfe5324240c61c4a74f914375bc30e91cc036bf9cb7d8691a5a6098a0(
    *,
    pod_controllers: typing.Optional[typing.Union[ValidatingPolicyV1Beta1SpecAutogenPodControllers, typing.Dict[builtins.str, typing.Any]]] = None,
    validating_admission_policy: typing.Optional[typing.Union[ValidatingPolicyV1Beta1SpecAutogenValidatingAdmissionPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__937d0debbd338cbe8c2f5d102b16e3910f68ceee9bb3ee60eb0e9dbba1013304(
    *,
    controllers: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0b1f55840602c504dd5ab74ac1baefd14170cb0ee80a2a6f1696f325ff97f742(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ee83f9688b016195f2e3020062f9bac74ea3d695038f5b9988f700d0f5b0607f(
    *,
    admission: typing.Optional[typing.Union[ValidatingPolicyV1Beta1SpecEvaluationAdmission, typing.Dict[builtins.str, typing.Any]]] = None,
    background: typing.Optional[typing.Union[ValidatingPolicyV1Beta1SpecEvaluationBackground, typing.Dict[builtins.str, typing.Any]]] = None,
    mode: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__52f9c456173df4f689a605433b892a61a56fda54d4c9216e6fc6a06f9a9ba731(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6435d68156bd993f729a46915b47422eb3c3776268403be582daabe65a0602ae(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd1552bcc3895264d96bab4fc02f448e9c7c6b54c0459e2db8b6f19972a8d3ee(
    *,
    expression: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__25ebc40826b4de71f65973d9942a4bf59daa2a40ecdf41954af01e5f24cdd967(
    *,
    exclude_resource_rules: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Beta1SpecMatchConstraintsExcludeResourceRules, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_policy: typing.Optional[builtins.str] = None,
    namespace_selector: typing.Optional[typing.Union[ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    object_selector: typing.Optional[typing.Union[ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_rules: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Beta1SpecMatchConstraintsResourceRules, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__811559b295097aaa0fbfc5770c8608a8c48e0446bc2d276719710e5d23673694(
    *,
    api_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
    api_versions: typing.Optional[typing.Sequence[builtins.str]] = None,
    operations: typing.Optional[typing.Sequence[builtins.str]] = None,
    resource_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    scope: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4de1b8bf159b4f723b509da2494087d041dbad69bd3f11e66a14f847706b6469(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Beta1SpecMatchConstraintsNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__49fab98bb985035f525a572c11a7f37d4837cb69f38fae6acd98af6e1903029c(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e0b75534cf8ebf920427d28409e2aa446886a56b35c8ae8a59cac9c9b348566a(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ValidatingPolicyV1Beta1SpecMatchConstraintsObjectSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3154b038bbd3f45dfd266888a9f4da6a2fff18a0f0c3203821512f704381b807(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f851159dd669ec91bf0cf0c657b8a35a33a7d317a25c9e759335e7c1ed70ef3(
    *,
    api_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
    api_versions: typing.Optional[typing.Sequence[builtins.str]] = None,
    operations: typing.Optional[typing.Sequence[builtins.str]] = None,
    resource_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    scope: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__75cedd3b6478fbed4a273f358b0d7b60064d9a0ad066d1d128b6e54e0cb5164f(
    *,
    expression: builtins.str,
    message: typing.Optional[builtins.str] = None,
    message_expression: typing.Optional[builtins.str] = None,
    reason: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7588c9d2dc03b090e20820568925be4d0131fce52db44047eaa13bce0b1e1175(
    *,
    expression: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1c38b13efabae36f089216255b055952e91563e5528d4f8b07c832efd2bd2304(
    *,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
