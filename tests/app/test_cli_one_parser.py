"""``quotemark SUBCOMMAND`` builds only that subcommand's parser (issue 15:
the others' arguments were ~8 ms of ``quotemark posts``); what it accepts,
refuses and prints as help is exactly what the whole parser gives."""

from __future__ import annotations

import argparse

import pytest

from quotemark.app import cli


def _subcommand_parsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    found = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(found[0].choices) if found else {}


def test_each_subcommand_alone_has_the_whole_parsers_help() -> None:
    whole = _subcommand_parsers(cli._parser())
    assert set(whole) == set(cli.SUBCOMMANDS)
    for name in cli.SUBCOMMANDS:
        alone = _subcommand_parsers(cli._parser(only=name))
        assert list(alone) == [name]  # the others were never built
        assert alone[name].format_help() == whole[name].format_help()
        for action, same in zip(alone[name]._actions, whole[name]._actions, strict=True):
            nested, same_nested = _subcommand_parsers_of(action), _subcommand_parsers_of(same)
            assert {k: p.format_help() for k, p in nested.items()} == {
                k: p.format_help() for k, p in same_nested.items()
            }


def _subcommand_parsers_of(action: argparse.Action) -> dict[str, argparse.ArgumentParser]:
    return dict(action.choices) if isinstance(action, argparse._SubParsersAction) else {}


@pytest.mark.parametrize(
    "args",
    [["posts", "--json"], ["show", "3"], ["clip", "2", "--quote", "1", "--tag", "a"], ["check"]],
)
def test_a_command_line_reads_the_same_either_way(args: list[str]) -> None:
    alone = vars(cli._parser(only=args[0]).parse_args(args))
    assert alone == vars(cli._parser().parse_args(args))


def test_a_wrong_argument_is_refused_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli._parser().parse_args(["show", "x"])
    whole = capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli._parser(only="show").parse_args(["show", "x"])
    assert capsys.readouterr().err == whole
